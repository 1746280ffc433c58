import { describe, expect, it } from 'vitest';
import type { IssueCode, ValidationIssue } from '../../data/validation-issue.ts';
import { createFormat } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { createTranslate } from '../../i18n/translate.ts';
import { issueTexts } from './issue-text.ts';

const base = { dataset: 'units', file: 'units.csv', line: 7, severity: 'error' } as const;

/** One issue of every code, as the validator reports it: the type makes the list complete. */
const ISSUES: Readonly<Record<IssueCode, ValidationIssue>> = {
  parse_error: {
    ...base,
    code: 'parse_error',
    column: '',
    found: { kind: 'open_quote', code: 'MissingQuotes', line: 7, lastLine: 1208 },
    expected: { kind: 'closed_quote' },
  },
  missing_column: { ...base, line: 1, code: 'missing_column', column: 'area_km2' },
  duplicate_column: { ...base, line: 1, code: 'duplicate_column', column: 'code' },
  field_count: {
    ...base,
    code: 'field_count',
    column: '',
    found: 5,
    expected: { kind: 'fields', count: 7 },
  },
  empty_required: { ...base, code: 'empty_required', column: 'name', found: '' },
  bad_code: {
    ...base,
    code: 'bad_code',
    column: 'code',
    found: '2024',
    expected: { kind: 'digits', count: 5 },
  },
  unknown_code: { ...base, code: 'unknown_code', column: 'code', found: '99999' },
  bad_enum: {
    ...base,
    code: 'bad_enum',
    column: 'type',
    found: 'huyen',
    expected: { kind: 'one_of', values: ['xa', 'phuong', 'dac_khu'] },
  },
  bad_month: {
    ...base,
    code: 'bad_month',
    column: 'month',
    found: '2025-13',
    expected: { kind: 'month' },
  },
  bad_date: {
    ...base,
    code: 'bad_date',
    column: 'snapshot_date',
    found: '30/2/2025',
    expected: { kind: 'date' },
  },
  not_integer: { ...base, code: 'not_integer', column: 'population', found: '1.5' },
  negative: {
    ...base,
    code: 'negative',
    column: 'area_km2',
    found: '-1',
    expected: { kind: 'range', min: 0, max: null },
  },
  not_number: { ...base, code: 'not_number', column: 'area_km2', found: 'abc' },
  out_of_range: {
    ...base,
    code: 'out_of_range',
    column: 'ckmb',
    found: '18.5',
    expected: { kind: 'range', min: 0, max: 18 },
  },
  control_character: { ...base, code: 'control_character', column: 'name', found: 'a\u0007b' },
  replacement_character: {
    ...base,
    code: 'replacement_character',
    column: 'name',
    found: 'H\uFFFDa',
  },
  total_mismatch: {
    ...base,
    code: 'total_mismatch',
    column: 'total',
    found: 89.77,
    expected: { kind: 'group_sum', sum: 89.52, tolerance: 0.01 },
  },
  petition_sum: {
    ...base,
    code: 'petition_sum',
    column: 'received',
    found: 7,
    expected: { kind: 'outcome_sum', sum: 6 },
  },
  duplicate_key: {
    ...base,
    code: 'duplicate_key',
    column: 'code, month',
    found: '20364 / 2025-07',
    expected: { kind: 'unique', firstLine: 1003 },
  },
  dossier_balance: {
    ...base,
    severity: 'warning',
    code: 'dossier_balance',
    column: '',
    found: 1019,
    expected: { kind: 'inflow', inflow: 1020 },
  },
};

type Worded = readonly [found: string, expected: string];

const VI: Readonly<Record<IssueCode, Worded>> = {
  parse_error: [
    'dấu ngoặc kép mở ở dòng 7 không được đóng trên dòng đó (nếu đọc tiếp sẽ kéo dài 1.202 dòng, đến dòng 1.208); các dòng sau được đọc riêng',
    'dấu ngoặc kép mở ra được đóng lại trong cùng ô; dấu ngoặc kép trong ô viết đôi ("")',
  ],
  missing_column: ['', ''],
  duplicate_column: ['', ''],
  field_count: ['5 cột', '7 cột, như dòng tiêu đề'],
  empty_required: ['(trống)', ''],
  bad_code: ['2024', '5 chữ số'],
  unknown_code: ['99999', ''],
  bad_enum: ['huyen', 'một trong: xa, phuong, dac_khu'],
  bad_month: ['2025-13', 'tháng dạng YYYY-MM hoặc M/YYYY (7/2025)'],
  bad_date: ['30/2/2025', 'ngày dạng YYYY-MM-DD hoặc D/M/YYYY (31/7/2025)'],
  not_integer: ['1.5', ''],
  negative: ['-1', '≥ 0'],
  not_number: ['abc', ''],
  out_of_range: ['18.5', 'từ 0 đến 18'],
  control_character: ['a\u0007b', ''],
  replacement_character: ['H\uFFFDa', ''],
  total_mismatch: ['89,77', 'tổng các nhóm: 89,52 (± 0,01)'],
  petition_sum: ['7', 'tổng các kết quả: 6'],
  duplicate_key: ['20364 / 2025-07', 'khóa không trùng (đã có ở dòng 1.003)'],
  dossier_balance: [
    'giải quyết + đang giải quyết + trả lại = 1.019',
    'tồn kỳ trước + tiếp nhận = 1.020',
  ],
};

const EN: Readonly<Record<IssueCode, Worded>> = {
  parse_error: [
    'a quote opened on line 7 is not closed on it (read on, it would run 1,202 lines, to line 1,208); the lines after it are read on their own',
    'every opening quote closed in the same cell; quotes inside a cell doubled ("")',
  ],
  missing_column: ['', ''],
  duplicate_column: ['', ''],
  field_count: ['5 fields', '7 fields, as in the header'],
  empty_required: ['(empty)', ''],
  bad_code: ['2024', '5 digits'],
  unknown_code: ['99999', ''],
  bad_enum: ['huyen', 'one of: xa, phuong, dac_khu'],
  bad_month: ['2025-13', 'a month as YYYY-MM or M/YYYY (7/2025)'],
  bad_date: ['30/2/2025', 'a date as YYYY-MM-DD or D/M/YYYY (31/7/2025)'],
  not_integer: ['1.5', ''],
  negative: ['-1', '≥ 0'],
  not_number: ['abc', ''],
  out_of_range: ['18.5', 'from 0 to 18'],
  control_character: ['a\u0007b', ''],
  replacement_character: ['H\uFFFDa', ''],
  total_mismatch: ['89.77', 'the sum of the groups: 89.52 (± 0.01)'],
  petition_sum: ['7', 'the sum of the outcomes: 6'],
  duplicate_key: ['20364 / 2025-07', 'a unique key (first on line 1,003)'],
  dossier_balance: ['resolved + in progress + returned = 1,019', 'carried over + received = 1,020'],
};

const contextOf = (locale: Locale) => ({
  t: createTranslate(locale),
  format: createFormat(locale),
});

// English words the neutral forms used to carry into the Vietnamese report.
const ENGLISH = /\b(unique|first|line|digits|fields|expected|quote|closed|sum|of)\b/i;

describe('the data quality report, worded', () => {
  const codes = Object.keys(ISSUES) as IssueCode[];

  it.each(codes)('%s in Vietnamese', (code) => {
    const text = issueTexts(ISSUES[code], contextOf('vi'));
    expect([text.found, text.expected]).toEqual(VI[code]);
    expect(text.reason).not.toBe('');
    expect(`${text.reason} ${text.found} ${text.expected}`).not.toMatch(ENGLISH);
  });

  it.each(codes)('%s in English', (code) => {
    const text = issueTexts(ISSUES[code], contextOf('en'));
    expect([text.found, text.expected]).toEqual(EN[code]);
    expect(text.reason).toBe(createTranslate('en')(`issue.${code}`));
  });

  it('words every form of a range and of a tokenizer problem', () => {
    const vi = contextOf('vi');
    const range = (min: number | null, max: number | null) =>
      issueTexts({ ...ISSUES.out_of_range, expected: { kind: 'range', min, max } }, vi).expected;
    expect(range(null, 2147483647)).toBe('≤ 2.147.483.647');
    expect(range(0, 22.5)).toBe('từ 0 đến 22,5');
    expect(range(null, null)).toBe('');
    const problem = (found: NonNullable<ValidationIssue['found']>) =>
      issueTexts({ ...ISSUES.parse_error, found }, vi).found;
    expect(problem({ kind: 'open_quote_long', line: 2, chars: 4194304 })).toBe(
      'dấu ngoặc kép mở ở dòng 2 vẫn chưa đóng sau hơn 4.194.304 ký tự; các dòng sau được đọc riêng',
    );
    expect(
      problem({ kind: 'tokenizer', code: 'MissingQuotes', message: 'Quoted field unterminated' }),
    ).toBe('ô có dấu ngoặc kép không được đóng cho đến hết tệp');
    expect(problem({ kind: 'tokenizer', code: 'InvalidQuotes', message: 'Trailing quote' })).toBe(
      'sau dấu ngoặc kép đóng còn ký tự khác trước dấu phân cách',
    );
    expect(problem({ kind: 'tokenizer', code: 'TooManyFields', message: 'Too many' })).toBe(
      'lỗi của bộ đọc CSV (TooManyFields)',
    );
  });
});
