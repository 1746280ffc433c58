/** Anything listed by unit: its code and its name. */
export interface NamedUnit {
  readonly code: string;
  readonly name: string;
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order (DuckDB-wasm has no ICU collation offline, so JS does it). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * The display order of units, and the tie-break of every ranking: name in Vietnamese collation,
 * then code (the same name can be a xã and a phường).
 */
export function compareUnitsByName(a: NamedUnit, b: NamedUnit): number {
  return collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
}

export const SORT_ORDERS = ['desc', 'asc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * Units ordered by a value (`null` value: by name), ties by name. Units whose value is null
 * (no report, unknown population) come last in either order.
 */
export function sortUnitsBy<T extends NamedUnit>(
  rows: readonly T[],
  value: ((row: T) => number | null) | null,
  order: SortOrder,
): T[] {
  const sign = order === 'desc' ? -1 : 1;
  if (value === null) return [...rows].sort((a, b) => sign * compareUnitsByName(a, b));
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || compareUnitsByName(a, b);
    }
    return sign * (va - vb) || compareUnitsByName(a, b);
  });
}
