/** Quotes an SQL identifier. Only ever called with names from closed lists, never user text. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Narrows a value to one of a closed list of options, or throws naming the option: the guard
 * for the few SQL parts that cannot be bound as parameters (a metric column, a sort order).
 */
export function keyword<const T extends string>(
  value: unknown,
  allowed: readonly T[],
  option: string,
): T {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) {
    throw new Error(`invalid ${option}: ${JSON.stringify(value)} (expected ${allowed.join(', ')})`);
  }
  return match;
}
