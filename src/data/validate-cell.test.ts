import { describe, expect, it } from 'vitest';
import type { ColumnKind } from './schema.ts';
import { UNIT_TYPES } from './schema.ts';
import { numberLocaleOf, validateCell } from './validate-cell.ts';
import type { IssueCode, IssueExpected } from './validation-issue.ts';

const code: ColumnKind = { type: 'code' };
const text: ColumnKind = { type: 'text' };
const unitType: ColumnKind = { type: 'enum', values: UNIT_TYPES };
const month: ColumnKind = { type: 'month' };
const date: ColumnKind = { type: 'date' };
const count: ColumnKind = { type: 'count' };
const score: ColumnKind = { type: 'number', min: 0, max: 18 };
const area: ColumnKind = { type: 'number', min: 0 };

const ALL_KINDS = { code, text, unitType, month, date, count, score, area };
const FIVE_DIGITS: IssueExpected = { kind: 'digits', count: 5 };

describe('validateCell accepts', () => {
  it.each<[string, ColumnKind, string, string | number]>([
    ['a code with leading zeros, as a string', code, '00004', '00004'],
    ['a code with surrounding spaces, trimmed', code, ' 20242 ', '20242'],
    ["the national portal's unit code", code, 'H44.196', 'H44.196'],
    ["the portal's code of an agency, with more levels", code, 'H44.01.12', 'H44.01.12'],
    [
      "the portal's departmentId (a UUID) for a unit listed without a code",
      code,
      '3f2b8c1e-5d4a-4e7b-9a6c-0d1e2f3a4b5c',
      '3f2b8c1e-5d4a-4e7b-9a6c-0d1e2f3a4b5c',
    ],
    ['text with diacritics', text, 'Hải Châu', 'Hải Châu'],
    ['text with a quote and a comma', text, 'Đông "Giang", cũ', 'Đông "Giang", cũ'],
    ['text spanning lines (a quoted CSV value)', text, 'Dòng\nhai', 'Dòng\nhai'],
    ['text with a tab', text, 'a\tb', 'a\tb'],
    ['an enum value', unitType, 'dac_khu', 'dac_khu'],
    ['a month', month, '2025-07', '2025-07'],
    ['December', month, '2025-12', '2025-12'],
    ['a date', date, '2026-05-31', '2026-05-31'],
    ['a leap day', date, '2024-02-29', '2024-02-29'],
    ['a zero count', count, '0', 0],
    ['a count with leading zeros, as a number', count, '007', 7],
    ['the largest 32-bit count', count, '2147483647', 2147483647],
    ['a decimal score', score, '7.58', 7.58],
    ['a score at its maximum', score, '18', 18],
    ['a score at its minimum', score, '0', 0],
    ['a score with trailing zeros', score, '1.50', 1.5],
    ['a large area without maximum', area, '1200.5', 1200.5],
    ['an enum value in another case', unitType, 'Xa', 'xa'],
    ['an enum value by its Vietnamese label', unitType, 'Phường', 'phuong'],
    ['an enum value with spaces for underscores', unitType, 'Đặc khu', 'dac_khu'],
    ['a day-first date', date, '31/12/2025', '2025-12-31'],
    ['a day-first date without zeros', date, '1/7/2025', '2025-07-01'],
    ['a month as 7/2025', month, '7/2025', '2025-07'],
    ['a month as 07/2025', month, '07/2025', '2025-07'],
  ])('%s', (_label, kind, raw, value) => {
    expect(validateCell(raw, kind, false)).toEqual({ ok: true, value });
  });

  it('normalises text to NFC (a decomposed name equals the composed one)', () => {
    const decomposed = 'Hải Châu Đà Nẵng'.normalize('NFD');
    const composed = 'Hải Châu Đà Nẵng'.normalize('NFC');
    expect(decomposed).not.toBe(composed);
    expect(validateCell(decomposed, text, false)).toEqual({ ok: true, value: composed });
  });

  it.each(Object.entries(ALL_KINDS))('turns an empty nullable %s into null', (_name, kind) => {
    expect(validateCell('', kind, true)).toEqual({ ok: true, value: null });
    expect(validateCell('   ', kind, true)).toEqual({ ok: true, value: null });
  });
});

describe('validateCell rejects', () => {
  it.each(Object.entries(ALL_KINDS))('an empty required %s', (_name, kind) => {
    expect(validateCell('', kind, false)).toEqual({ ok: false, code: 'empty_required' });
    expect(validateCell(' \t ', kind, false)).toEqual({ ok: false, code: 'empty_required' });
  });

  it.each<[string, ColumnKind, string, IssueCode, IssueExpected | undefined]>([
    ['a 4-digit code', code, '2024', 'bad_code', FIVE_DIGITS],
    ['a 6-digit code', code, '202420', 'bad_code', FIVE_DIGITS],
    ['a code with letters', code, 'ab123', 'bad_code', FIVE_DIGITS],
    ['a code with a letter inside', code, '12a45', 'bad_code', FIVE_DIGITS],
    [
      'a portal code with one digit and a lower-case letter',
      code,
      'H4.1x',
      'bad_code',
      FIVE_DIGITS,
    ],
    ['a portal code without its letter', code, '44.196', 'bad_code', FIVE_DIGITS],
    ['a UUID cut short', code, '3f2b8c1e-5d4a-4e7b-9a6c', 'bad_code', FIVE_DIGITS],
    ['a code in full-width digits', code, '２０２４２', 'bad_code', FIVE_DIGITS],
    ['a code written as a number', code, '4', 'bad_code', FIVE_DIGITS],
    [
      'an unknown enum value',
      unitType,
      'thi_tran',
      'bad_enum',
      { kind: 'one_of', values: UNIT_TYPES },
    ],
    ['month 13', month, '2025-13', 'bad_month', { kind: 'month' }],
    ['a one-digit month', month, '2025-7', 'bad_month', { kind: 'month' }],
    ['month 00', month, '2025-00', 'bad_month', { kind: 'month' }],
    ['a month with a slash', month, '2025/07', 'bad_month', { kind: 'month' }],
    ['a full date as month', month, '2025-07-31', 'bad_month', { kind: 'month' }],
    ['30 February', date, '2025-02-30', 'bad_date', { kind: 'date' }],
    ['29 February of a common year', date, '2023-02-29', 'bad_date', { kind: 'date' }],
    ['31 April', date, '2025-04-31', 'bad_date', { kind: 'date' }],
    ['month 13 in a date', date, '2025-13-01', 'bad_date', { kind: 'date' }],
    ['an unpadded date', date, '2025-2-3', 'bad_date', { kind: 'date' }],
    ['a day-first date that does not exist', date, '31/2/2025', 'bad_date', { kind: 'date' }],
    ['month 13, day first', month, '13/2025', 'bad_month', { kind: 'month' }],
    ['a replacement character', text, 'X\uFFFDa', 'replacement_character', undefined],
    ['a decimal count', count, '1.5', 'not_integer', undefined],
    ['a count with a thousands separator', count, '1,000', 'not_integer', undefined],
    ['a count with a thousands dot', count, '1.000', 'not_integer', undefined],
    ['a count in exponent notation', count, '1e3', 'not_integer', undefined],
    ['a count with a plus sign', count, '+5', 'not_integer', undefined],
    ['a count that is text', count, 'abc', 'not_integer', undefined],
    ['a negative count', count, '-1', 'negative', { kind: 'range', min: 0, max: null }],
    [
      'a count beyond 32 bits',
      count,
      '2147483648',
      'out_of_range',
      { kind: 'range', min: null, max: 2147483647 },
    ],
    ['a score with a decimal comma', score, '12,5', 'not_number', undefined],
    ['a score that is text', score, 'abc', 'not_number', undefined],
    ['a score in exponent notation', score, '1e1', 'not_number', undefined],
    ['a score without a leading digit', score, '.5', 'not_number', undefined],
    ['NaN', score, 'NaN', 'not_number', undefined],
    ['Infinity spelled out', area, 'Infinity', 'not_number', undefined],
    ['a negative score', score, '-0.5', 'negative', { kind: 'range', min: 0, max: 18 }],
    [
      'a score above its maximum',
      score,
      '18.01',
      'out_of_range',
      { kind: 'range', min: 0, max: 18 },
    ],
    [
      'a number too large to be finite',
      area,
      `1${'0'.repeat(400)}`,
      'out_of_range',
      { kind: 'range', min: 0, max: null },
    ],
    ['a bell character', text, 'Hải\u0007Châu', 'control_character', undefined],
    ['the unit separator used for bulk inserts', text, 'a\u001Fb', 'control_character', undefined],
    ['a NUL', text, 'a\u0000b', 'control_character', undefined],
    ['DEL', text, 'a\u007Fb', 'control_character', undefined],
    ['a control character in a code', code, '2024\u00002', 'control_character', undefined],
  ])('%s', (_label, kind, raw, issue, expected) => {
    const result = validateCell(raw, kind, false);
    expect(result).toEqual(
      expected === undefined ? { ok: false, code: issue } : { ok: false, code: issue, expected },
    );
  });

  it('applies the same checks to a nullable column when a value is present', () => {
    expect(validateCell('1.5', count, true)).toEqual({ ok: false, code: 'not_integer' });
    expect(validateCell('101', { type: 'number', min: 0, max: 100 }, true)).toEqual({
      ok: false,
      code: 'out_of_range',
      expected: { kind: 'range', min: 0, max: 100 },
    });
  });
});

describe('vi-VN numbers', () => {
  it.each<[string, ColumnKind, string, number]>([
    ['a decimal comma', score, '15,42', 15.42],
    ['a whole score', score, '18', 18],
    ['a thousands dot in a count', count, '1.052', 1052],
    ['two thousands dots', count, '2.147.483', 2147483],
    ['thousands and decimals', area, '1.200,5', 1200.5],
  ])('reads %s', (_label, kind, raw, value) => {
    expect(validateCell(raw, kind, false, { numberLocale: 'vi' })).toEqual({ ok: true, value });
  });

  it('never reads vi-VN notation in a plain column', () => {
    expect(validateCell('15,42', score, false)).toMatchObject({ ok: false, code: 'not_number' });
    expect(validateCell('1.052', count, false)).toMatchObject({ ok: false, code: 'not_integer' });
  });

  it('decides the notation per file or column, only where it is unambiguous', () => {
    expect(numberLocaleOf(score, ['15.42', '16'], ';')).toBe('vi');
    expect(numberLocaleOf(score, ['15,42', '16', ''], ',')).toBe('vi');
    expect(numberLocaleOf(score, ['15.42', '16'], ',')).toBe('plain');
    // One plain decimal among commas: the column does not agree, so nothing is reinterpreted.
    expect(numberLocaleOf(score, ['15,42', '15.5'], ',')).toBe('plain');
    // A cell that is no number in either notation does not decide the column.
    expect(numberLocaleOf(score, ['15,42', 'x', 'n/a'], ',')).toBe('vi');
    expect(numberLocaleOf(score, ['x'], ',')).toBe('plain');
    expect(numberLocaleOf(count, ['1.052', '17'], ',')).toBe('vi');
    expect(numberLocaleOf(count, ['1052', '17'], ',')).toBe('plain');
    expect(numberLocaleOf(text, ['1,5'], ';')).toBe('plain');
  });
});
