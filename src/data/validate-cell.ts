import type { ColumnKind } from './schema.ts';
import type { IssueCode } from './validation-issue.ts';

export type CellResult =
  | { readonly ok: true; readonly value: string | number | null }
  | { readonly ok: false; readonly code: IssueCode; readonly expected?: string };

const CODE_PATTERN = /^\d{5}$/;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTEGER_PATTERN = /^-?\d+$/;
// Plain decimal notation only: a dot as decimal separator, no thousands separators, no exponent.
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
// Control characters (including the unit separator used to bulk-insert) never belong in a cell.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Counts are stored as SQL INTEGER (32-bit): a larger value would abort the whole table insert.
const MAX_COUNT = 2_147_483_647;

/** Reads one raw CSV value according to its column kind. Empty means null when nullable. */
export function validateCell(raw: string, kind: ColumnKind, nullable: boolean): CellResult {
  const value = raw.trim();
  if (value === '') {
    return nullable ? { ok: true, value: null } : { ok: false, code: 'empty_required' };
  }
  if (CONTROL_PATTERN.test(value)) return { ok: false, code: 'control_character' };
  switch (kind.type) {
    case 'code':
      return CODE_PATTERN.test(value)
        ? { ok: true, value }
        : { ok: false, code: 'bad_code', expected: '5 digits' };
    case 'text':
      return { ok: true, value: value.normalize('NFC') };
    case 'enum':
      return kind.values.includes(value)
        ? { ok: true, value }
        : { ok: false, code: 'bad_enum', expected: kind.values.join(' | ') };
    case 'month':
      return MONTH_PATTERN.test(value)
        ? { ok: true, value }
        : { ok: false, code: 'bad_month', expected: 'YYYY-MM' };
    case 'date':
      return isCalendarDate(value)
        ? { ok: true, value }
        : { ok: false, code: 'bad_date', expected: 'YYYY-MM-DD' };
    case 'count': {
      if (!INTEGER_PATTERN.test(value)) return { ok: false, code: 'not_integer' };
      const parsed = Number(value);
      if (parsed < 0) return { ok: false, code: 'negative', expected: '≥ 0' };
      if (parsed > MAX_COUNT) {
        return { ok: false, code: 'out_of_range', expected: `≤ ${MAX_COUNT}` };
      }
      return { ok: true, value: parsed };
    }
    case 'number': {
      if (!DECIMAL_PATTERN.test(value)) return { ok: false, code: 'not_number' };
      const parsed = Number(value);
      const range = `[${kind.min}, ${kind.max ?? '∞'}]`;
      if (
        !Number.isFinite(parsed) ||
        parsed < kind.min ||
        (kind.max !== undefined && parsed > kind.max)
      ) {
        return { ok: false, code: parsed < 0 ? 'negative' : 'out_of_range', expected: range };
      }
      return { ok: true, value: parsed };
    }
  }
}

function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
