/**
 * Reads typed fields out of a query result row (plain `unknown` values), throwing with the
 * query and column named when the engine returns something the query module did not expect.
 */
export function createRowReader(query: string) {
  const fail = (column: string, expected: string, value: unknown): never => {
    throw new Error(`${query}: column ${column} expected ${expected}, got ${String(value)}`);
  };
  return {
    string(row: Record<string, unknown>, column: string): string {
      const value = row[column];
      return typeof value === 'string' ? value : fail(column, 'string', value);
    },
    nullableString(row: Record<string, unknown>, column: string): string | null {
      const value = row[column];
      if (value === null || value === undefined) return null;
      return typeof value === 'string' ? value : fail(column, 'string or null', value);
    },
    number(row: Record<string, unknown>, column: string): number {
      const value = row[column];
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : fail(column, 'finite number', value);
    },
    nullableNumber(row: Record<string, unknown>, column: string): number | null {
      const value = row[column];
      if (value === null || value === undefined) return null;
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : fail(column, 'finite number or null', value);
    },
    oneOf<const T extends string>(
      row: Record<string, unknown>,
      column: string,
      values: readonly T[],
    ): T {
      const value = row[column];
      const match = values.find((candidate) => candidate === value);
      return match ?? fail(column, values.join(' | '), value);
    },
  };
}
