import { isUnitCode } from './unit-code.ts';
import { normaliseHeader } from './column-aliases.ts';
import type { ColumnKind } from './schema.ts';
import type { IssueCode, IssueExpected } from './validation-issue.ts';

export type CellResult =
  | { readonly ok: true; readonly value: string | number | null }
  | { readonly ok: false; readonly code: IssueCode; readonly expected?: IssueExpected };

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Vietnamese spreadsheets write months as 7/2025 or 07/2025.
const VI_MONTH_PATTERN = /^(\d{1,2})\/(\d{4})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// …and dates day first: 31/7/2025, 31/07/2025.
const VI_DATE_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const INTEGER_PATTERN = /^-?\d+$/;
// Plain decimal notation: a dot as decimal separator, no thousands separators, no exponent.
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
// vi-VN notation: a comma as decimal separator, dots between groups of three digits.
const VI_DECIMAL_PATTERN = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const VI_INTEGER_PATTERN = /^-?(\d{1,3}(\.\d{3})+|\d+)$/;
// Control characters (including the unit separator used to bulk-insert) never belong in a cell.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Counts are stored as SQL INTEGER (32-bit): a larger value would abort the whole table insert.
const MAX_COUNT = 2_147_483_647;
const COUNT_MIN: IssueExpected = { kind: 'range', min: 0, max: null };
const COUNT_MAX: IssueExpected = { kind: 'range', min: null, max: MAX_COUNT };

/**
 * How numbers are written in a column: `plain` (`95.42`, `1052`) or `vi` (vi-VN: `95,42`,
 * `1.052`). Decided per file or column where it is unambiguous (`numberLocaleOf`), never guessed
 * per cell: `1.052` means one thing in a whole column, not two.
 */
export type NumberLocale = 'plain' | 'vi';

export interface CellOptions {
  readonly numberLocale?: NumberLocale;
}

/**
 * Reads one raw CSV value according to its column kind. Empty means null when nullable. Months
 * and dates are also read day first (`7/2025`, `31/7/2025`) and stored as ISO; enum values also
 * by their Vietnamese label, ignoring case and diacritics ("Phường" → `phuong`).
 */
export function validateCell(
  raw: string,
  kind: ColumnKind,
  nullable: boolean,
  options: CellOptions = {},
): CellResult {
  const plain = readPlain(raw, kind, options.numberLocale === 'vi');
  if (plain !== undefined) return plain;
  const value = raw.trim();
  if (value === '') {
    return nullable ? { ok: true, value: null } : { ok: false, code: 'empty_required' };
  }
  if (CONTROL_PATTERN.test(value)) return { ok: false, code: 'control_character' };
  // U+FFFD is what a decoder leaves for bytes it could not read: never load it as a name.
  if (value.includes('\uFFFD')) return { ok: false, code: 'replacement_character' };
  const vi = options.numberLocale === 'vi';
  switch (kind.type) {
    case 'code':
      return isUnitCode(value)
        ? { ok: true, value }
        : { ok: false, code: 'bad_code', expected: { kind: 'digits', count: 5 } };
    case 'text':
      return { ok: true, value: value.normalize('NFC') };
    case 'period':
      return { ok: true, value: isoMonth(value) ?? value.normalize('NFC') };
    case 'enum': {
      const match = matchEnum(value, kind.values, kind.labels);
      return match !== undefined
        ? { ok: true, value: match }
        : { ok: false, code: 'bad_enum', expected: { kind: 'one_of', values: kind.values } };
    }
    case 'month': {
      const month = isoMonth(value);
      return month !== null
        ? { ok: true, value: month }
        : { ok: false, code: 'bad_month', expected: { kind: 'month' } };
    }
    case 'date': {
      const date = isoDate(value);
      return date !== null
        ? { ok: true, value: date }
        : { ok: false, code: 'bad_date', expected: { kind: 'date' } };
    }
    case 'count': {
      const digits = vi && VI_INTEGER_PATTERN.test(value) ? value.replaceAll('.', '') : value;
      if (!INTEGER_PATTERN.test(digits)) return { ok: false, code: 'not_integer' };
      const parsed = Number(digits);
      if (parsed < 0) return { ok: false, code: 'negative', expected: COUNT_MIN };
      if (parsed > MAX_COUNT) {
        return { ok: false, code: 'out_of_range', expected: COUNT_MAX };
      }
      return { ok: true, value: parsed };
    }
    case 'number': {
      const plain =
        vi && VI_DECIMAL_PATTERN.test(value) ? value.replaceAll('.', '').replace(',', '.') : value;
      if (!DECIMAL_PATTERN.test(plain)) return { ok: false, code: 'not_number' };
      const parsed = Number(plain);
      if (
        !Number.isFinite(parsed) ||
        parsed < kind.min ||
        (kind.max !== undefined && parsed > kind.max)
      ) {
        const range: IssueExpected = { kind: 'range', min: kind.min, max: kind.max ?? null };
        return { ok: false, code: parsed < 0 ? 'negative' : 'out_of_range', expected: range };
      }
      return { ok: true, value: parsed };
    }
  }
}

// Powers of ten that are exact doubles, for `parsePlainDecimal`.
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, exponent) => 10 ** exponent);

/**
 * The common valid cells of a large file, a plain number or count within range and a 5-digit
 * code, read without regular expressions; undefined for anything else, which the general path
 * reads (and says why it is wrong) exactly as before.
 */
function readPlain(raw: string, kind: ColumnKind, vi: boolean): CellResult | undefined {
  if (kind.type === 'code') {
    return raw.length === 5 && digitsEnd(raw, 0) === 5 ? { ok: true, value: raw } : undefined;
  }
  if (vi) return undefined;
  const value = readPlainNumber(raw, kind);
  return value === undefined ? undefined : { ok: true, value };
}

/**
 * A count or number cell in plain notation, valid and in range, as `validateCell` reads it
 * (without a result object: the validator's fast path for millions of cells); undefined for
 * anything else, other kinds included, which `validateCell` must then read.
 */
export function readPlainNumber(raw: string, kind: ColumnKind): number | undefined {
  if (kind.type !== 'number' && kind.type !== 'count') return undefined;
  const parsed = parsePlainDecimal(raw, kind.type === 'count');
  if (parsed === undefined) return undefined;
  if (kind.type === 'count') return parsed >= 0 && parsed <= MAX_COUNT ? parsed : undefined;
  return Number.isFinite(parsed) &&
    parsed >= kind.min &&
    (kind.max === undefined || parsed <= kind.max)
    ? parsed
    : undefined;
}

/** Where the run of ASCII digits starting at `from` ends. */
function digitsEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    if (unit < 48 || unit > 57) break;
    at += 1;
  }
  return at;
}

/**
 * `Number(text)` when `text` is `-?\d+(\.\d+)?` (no fraction for an integer), else undefined.
 * Up to 15 digits the digits form an exact integer and dividing it by an exact power of ten
 * rounds once, correctly: the same double as `Number`, without its slower general parser.
 */
function parsePlainDecimal(text: string, integer: boolean): number | undefined {
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  const whole = digitsEnd(text, start);
  if (whole === start) return undefined;
  let end = whole;
  if (whole < text.length) {
    if (integer || text.charCodeAt(whole) !== 46) return undefined;
    end = digitsEnd(text, whole + 1);
    if (end === whole + 1 || end !== text.length) return undefined;
  }
  const digits = end - start - (end === whole ? 0 : 1);
  if (digits > 15) return Number(text);
  let mantissa = 0;
  for (let at = start; at < end; at += 1) {
    if (at !== whole) mantissa = mantissa * 10 + (text.charCodeAt(at) - 48);
  }
  const value = end === whole ? mantissa : mantissa / (POWERS_OF_TEN[end - whole - 1] ?? 1);
  return start === 1 ? -value : value;
}

/**
 * Which notation a numeric column uses. A `;`-delimited file is a vi-VN spreadsheet export:
 * `vi`. Otherwise `vi` only when the column agrees: every value that is a number in either
 * notation reads as vi-VN (a stray "x" is rejected whatever is decided) and at least one has a
 * decimal comma or a thousands dot that plain notation cannot read (`95,42`, `1.052` in a
 * count column).
 */
export function numberLocaleOf(
  kind: ColumnKind,
  values: readonly string[],
  delimiter: string,
): NumberLocale {
  if (kind.type !== 'number' && kind.type !== 'count') return 'plain';
  if (delimiter === ';') return 'vi';
  const viPattern = kind.type === 'count' ? VI_INTEGER_PATTERN : VI_DECIMAL_PATTERN;
  const plainPattern = kind.type === 'count' ? INTEGER_PATTERN : DECIMAL_PATTERN;
  // Values that are numbers in neither notation ("x", "n/a") are rejected whatever is decided.
  const numeric = values
    .map((value) => value.trim())
    .filter((value) => viPattern.test(value) || plainPattern.test(value));
  const allVi = numeric.length > 0 && numeric.every((value) => viPattern.test(value));
  const someOnlyVi = numeric.some((value) => !plainPattern.test(value));
  return allVi && someOnlyVi ? 'vi' : 'plain';
}

function matchEnum(
  value: string,
  values: readonly string[],
  labels: Readonly<Record<string, readonly string[]>> | undefined,
): string | undefined {
  if (values.includes(value)) return value;
  const wanted = normaliseHeader(value);
  return values.find(
    (candidate) =>
      normaliseHeader(candidate) === wanted ||
      (labels?.[candidate] ?? []).some((label) => normaliseHeader(label) === wanted),
  );
}

function isoMonth(value: string): string | null {
  if (MONTH_PATTERN.test(value)) return value;
  const match = VI_MONTH_PATTERN.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return null;
  return `${match[2] ?? ''}-${String(month).padStart(2, '0')}`;
}

function isoDate(value: string): string | null {
  const vi = VI_DATE_PATTERN.exec(value);
  const iso = vi
    ? `${vi[3] ?? ''}-${(vi[2] ?? '').padStart(2, '0')}-${(vi[1] ?? '').padStart(2, '0')}`
    : value;
  return isCalendarDate(iso) ? iso : null;
}

function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // What a Date would say, without one per cell: years before 100 are read as 19xx by
  // Date.UTC, so they never round-trip.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}
