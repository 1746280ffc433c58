/** The median of a list of numbers (mean of the two middle ones when even), null when empty. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically without a comparator called from the sort.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
