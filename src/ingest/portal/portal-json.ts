/** A JSON object read from a portal file: every value still `unknown` until a reader checks it. */
export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, or null for a missing field, `null` or anything else. */
export function numberField(record: JsonRecord, key: string): number | null {
  const value = record[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A non-empty string (trimmed), or null. */
export function stringField(record: JsonRecord, key: string): string | null {
  const value = record[key];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** An array, or null when the field is missing or not an array. */
export function arrayField(record: JsonRecord, key: string): readonly unknown[] | null {
  const value = record[key];
  return Array.isArray(value) ? (value as readonly unknown[]) : null;
}

/** An object, or null. */
export function recordField(record: JsonRecord, key: string): JsonRecord | null {
  const value = record[key];
  return isRecord(value) ? value : null;
}
