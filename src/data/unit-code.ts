/**
 * A unit code: the 5-digit GSO code (`20364`), the national portal's code (`H44.196`), or the
 * portal's `departmentId` (a UUID) for a unit the portal lists without a code.
 */
export const UNIT_CODE_PATTERN =
  /^(?:\d{5}|[A-Z]\d{2}(?:\.[0-9A-Z]{1,6}){0,3}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** A code a unit may be given from the portal's own: its code, never its UUID. */
export const PORTAL_CODE_PATTERN = /^[A-Z]\d{2}(?:\.[0-9A-Z]{1,6}){0,3}$/;

export function isUnitCode(value: string): boolean {
  return UNIT_CODE_PATTERN.test(value);
}
