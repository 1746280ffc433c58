import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import type { ParsedCsv } from './parse-csv.ts';
import { dossiersSpec, indexScoresSpec, petitionsSpec, unitsSpec } from './schema.ts';
import type { DatasetSpec } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';
import type { ValidateOptions, ValidationResult } from './validate-dataset.ts';
import type { IssueCode, ValidationIssue } from './validation-issue.ts';

const FILE = 'test.csv';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/validation/${name}`, import.meta.url), 'utf8');

/**
 * rows read = rows loaded + rows rejected, checked against counts made independently of the
 * validator: records from the parser, rejected rows from the lines that carry an error.
 */
function expectReconciled(result: ValidationResult, csv: ParsedCsv, spec: DatasetSpec): void {
  expect(result.rowsRead).toBe(csv.records.length);
  expect(result.rowsLoaded).toBe(result.rows.length);
  expect(result.rowsLoaded + result.rowsRejected).toBe(result.rowsRead);

  const recordLines = new Set(csv.records.map((record) => record.line));
  const errorLines = new Set(
    result.issues
      .filter((issue) => issue.severity === 'error' && recordLines.has(issue.line))
      .map((issue) => issue.line),
  );
  const headerBroken = result.issues.some((issue) => issue.code === 'missing_column');
  expect(result.rowsRejected).toBe(headerBroken ? result.rowsRead : errorLines.size);
  const flaggedLines = new Set(
    result.issues
      .filter((issue) => issue.severity === 'warning' && !errorLines.has(issue.line))
      .map((issue) => issue.line),
  );
  expect(result.rowsFlagged).toBe(flaggedLines.size);

  for (const issue of result.issues) {
    expect(issue.dataset).toBe(spec.id);
    expect(issue.file).toBe(result.file);
  }
  for (const row of result.rows) {
    expect(Object.keys(row).sort()).toEqual(spec.columns.map((column) => column.name).sort());
  }
}

/** Parses and validates, asserting the reconciliation every time. */
function run(
  spec: DatasetSpec,
  text: string,
  options: ValidateOptions = {},
  file = FILE,
): ValidationResult {
  const csv = parseCsv(text);
  const result = validateDataset(spec, file, csv, options);
  expect(result.dataset).toBe(spec.id);
  expect(result.file).toBe(file);
  expectReconciled(result, csv, spec);
  return result;
}

function issue(
  spec: DatasetSpec,
  line: number,
  column: string,
  code: IssueCode,
  found?: string,
  expected?: string,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue {
  return {
    dataset: spec.id,
    file: FILE,
    line,
    column,
    code,
    severity,
    ...(found === undefined ? {} : { found }),
    ...(expected === undefined ? {} : { expected }),
  };
}

const csvText = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** Replaces one cell of an unquoted CSV text (`line` is 1-based, as in issues). */
function withCell(text: string, line: number, column: string, value: string): string {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').split(',');
  const target = lines[line - 1];
  const index = header.indexOf(column);
  if (target === undefined || index < 0 || target.includes('"'))
    throw new Error('bad fixture edit');
  const cells = target.split(',');
  cells[index] = value;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}

const UNITS_HEADER = 'code,name,type,former_district,area_km2,population,population_source';
const SCORES_HEADER = 'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh,mdhl,total';
const DOSSIERS_HEADER =
  'code,month,carried_over,received_online,received_in_person,received_postal,resolved_early,resolved_on_time,resolved_late,pending_in_time,pending_overdue,returned';
const PETITIONS_HEADER =
  'code,month,topic,received,answered_on_spot,answered_later,transferred,pending';

const UNIT_CODES = ['00004', '20242', '20300', '20301', '20400', '20500', '20600'];

describe('validateDataset: good files', () => {
  it('loads every unit with typed values, codes as strings and nulls for empty cells', () => {
    const result = run(unitsSpec, fixture('units.csv'));
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 7, rowsLoaded: 7, rowsRejected: 0, rowsFlagged: 0 });
    expect(result.rows.map((row) => row.code)).toEqual(UNIT_CODES);
    expect(result.rows[0]).toEqual({
      code: '00004',
      name: 'Ba Đình',
      type: 'phuong',
      former_district: 'Quận Ba Đình, Hà Nội cũ',
      area_km2: 2.5,
      population: null,
      population_source: null,
    });
    expect(result.rows[1]?.area_km2).toBe(7.58);
    expect(result.rows[4]).toMatchObject({
      name: 'Chiên Đàn',
      population: 12000,
      population_source: 'Niên giám; 2024',
    });
    expect(result.rows[5]?.name).toBe('Đông "Giang"');
    expect(result.rows[6]?.type).toBe('dac_khu');
  });

  it('loads index scores, with a null total and a total 0.01 off the sum', () => {
    const result = run(indexScoresSpec, fixture('index-scores.csv'), {
      knownCodes: new Set(UNIT_CODES),
    });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 5, rowsLoaded: 5, rowsRejected: 0 });
    expect(result.rows[0]).toEqual({
      code: '00004',
      snapshot_date: '2026-05-31',
      period_type: 'month',
      period: '2026-05',
      ckmb: 13.51,
      tdgq: 16.31,
      dvctt: 8.57,
      tttt: 6.28,
      mdsh: 13.5,
      mdhl: 15.44,
      total: 73.61,
    });
    expect(result.rows[1]?.total).toBeNull();
    expect(result.rows[2]?.total).toBe(50.01);
    expect(result.rows[3]).toMatchObject({ period_type: 'quarter', period: '2026-Q2', total: 100 });
  });

  it('loads balanced dossier rows without warnings', () => {
    const result = run(dossiersSpec, fixture('dossiers.csv'), { knownCodes: new Set(UNIT_CODES) });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 3, rowsLoaded: 3, rowsRejected: 0, rowsFlagged: 0 });
    expect(result.rows[1]).toEqual({
      code: '20242',
      month: '2026-05',
      carried_over: 0,
      received_online: 415,
      received_in_person: 374,
      received_postal: 10,
      resolved_early: 285,
      resolved_on_time: 377,
      resolved_late: 32,
      pending_in_time: 78,
      pending_overdue: 15,
      returned: 12,
    });
  });

  it('loads petition rows whose outcomes add up, including a zero row', () => {
    const result = run(petitionsSpec, fixture('petitions.csv'), {
      knownCodes: new Set(UNIT_CODES),
    });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 4, rowsLoaded: 4, rowsRejected: 0 });
    expect(result.rows.map((row) => [row.code, row.month, row.topic, row.received])).toEqual([
      ['00004', '2026-05', 'dat_dai', 2],
      ['00004', '2026-05', 'y_te', 0],
      ['20242', '2026-05', 'dat_dai', 7],
      ['20242', '2026-06', 'dat_dai', 1],
    ]);
  });

  it('loads an empty file body as zero rows read, loaded and rejected', () => {
    const result = run(unitsSpec, csvText(UNITS_HEADER));
    expect(result).toMatchObject({ rows: [], issues: [], rowsRead: 0, rowsLoaded: 0 });
  });
});

describe('validateDataset: file formats', () => {
  it('validates a BOM + semicolon + CRLF file exactly like the plain one', () => {
    const text = fixture('units-bom-semicolon-crlf.csv');
    // Guard the fixture itself: an editor or git must not have normalised it.
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(9);
    expect(parseCsv(text).delimiter).toBe(';');

    const plain = run(unitsSpec, fixture('units.csv'));
    const variant = run(unitsSpec, text);
    expect(variant.issues).toEqual([]);
    expect(variant.rows).toEqual(plain.rows);
    expect(variant.rows[0]?.code).toBe('00004');
    expect(variant.rows[0]?.former_district).toBe('Quận Ba Đình, Hà Nội cũ');
    expect(variant.rows[4]?.population_source).toBe('Niên giám; 2024');
  });

  it('does not depend on column order and ignores an unknown extra column', () => {
    const reordered = run(unitsSpec, fixture('units-reordered.csv'));
    expect(reordered.issues).toEqual([]);
    expect(reordered.rows).toEqual(run(unitsSpec, fixture('units.csv')).rows);
    for (const row of reordered.rows) expect(row).not.toHaveProperty('ghi_chu');
  });

  it('keeps codes with leading zeros as strings in every dataset', () => {
    const known = { knownCodes: new Set(UNIT_CODES) };
    const units = run(unitsSpec, fixture('units.csv'));
    const scores = run(indexScoresSpec, fixture('index-scores.csv'), known);
    const dossiers = run(dossiersSpec, fixture('dossiers.csv'), known);
    const petitions = run(petitionsSpec, fixture('petitions.csv'), known);
    for (const result of [units, scores, dossiers, petitions]) {
      expect(result.rows[0]?.code).toBe('00004');
    }
  });

  it('accepts a missing nullable column as all-null', () => {
    const text = csvText(
      'code,name,type,former_district,area_km2',
      '00004,Ba Đình,phuong,Hà Nội cũ,2.5',
    );
    const result = run(unitsSpec, text);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({ population: null, population_source: null });
  });
});

describe('validateDataset: rejected rows', () => {
  it('reports each bad unit row with its true line, column and code', () => {
    const result = run(unitsSpec, fixture('units-bad.csv'));
    expect(result.issues).toEqual([
      issue(unitsSpec, 3, 'code', 'bad_code', '2024', '5 digits'),
      issue(unitsSpec, 4, 'name', 'empty_required', ''),
      issue(unitsSpec, 5, 'type', 'bad_enum', 'thi_tran', 'xa | phuong | dac_khu'),
      issue(unitsSpec, 7, 'area_km2', 'not_number', '12,5'),
      issue(unitsSpec, 10, 'area_km2', 'negative', '-1', '[0, ∞]'),
      issue(unitsSpec, 11, 'population', 'not_integer', '1.5'),
      issue(unitsSpec, 12, '', 'field_count', '5', '7'),
      issue(unitsSpec, 13, 'code', 'duplicate_key', '20242', 'unique (first on line 2)'),
      issue(unitsSpec, 15, 'type', 'bad_enum', 'huyen', 'xa | phuong | dac_khu'),
      issue(unitsSpec, 15, 'area_km2', 'not_number', 'abc'),
    ]);
    expect(result).toMatchObject({ rowsRead: 11, rowsLoaded: 2, rowsRejected: 9, rowsFlagged: 0 });
    expect(result.rows.map((row) => [row.code, row.name])).toEqual([
      ['20242', 'Hải Châu'],
      ['20250', 'Tốt'],
    ]);
  });

  it.each<[string, DatasetSpec, string, number, string, string, IssueCode, string | undefined]>([
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      3,
      'code',
      '2024',
      'bad_code',
      '5 digits',
    ],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      2,
      'snapshot_date',
      '2026-02-30',
      'bad_date',
      'YYYY-MM-DD',
    ],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      2,
      'period_type',
      'week',
      'bad_enum',
      'month | quarter | year',
    ],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      4,
      'ckmb',
      '18.5',
      'out_of_range',
      '[0, 18]',
    ],
    ['index_scores', indexScoresSpec, 'index-scores.csv', 4, 'tdgq', '-1', 'negative', '[0, 20]'],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      6,
      'mdhl',
      'n/a',
      'not_number',
      undefined,
    ],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      5,
      'period',
      '',
      'empty_required',
      undefined,
    ],
    ['dossiers', dossiersSpec, 'dossiers.csv', 2, 'month', '2026-5', 'bad_month', 'YYYY-MM'],
    ['dossiers', dossiersSpec, 'dossiers.csv', 3, 'returned', '-2', 'negative', '≥ 0'],
    ['dossiers', dossiersSpec, 'dossiers.csv', 4, 'resolved_late', '0.5', 'not_integer', undefined],
    ['petitions', petitionsSpec, 'petitions.csv', 2, 'topic', 'dat-dai', 'bad_enum', undefined],
    ['petitions', petitionsSpec, 'petitions.csv', 5, 'month', '2026-13', 'bad_month', 'YYYY-MM'],
    ['petitions', petitionsSpec, 'petitions.csv', 3, 'pending', '1e3', 'not_integer', undefined],
  ])(
    '%s: line %i, %s = %j is rejected as %s',
    (_id, spec, file, line, column, value, code, expected) => {
      const good = fixture(file);
      const result = run(spec, withCell(good, line, column, value));
      const rowCount = good.trim().split('\n').length - 1;
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({
        line,
        column,
        code,
        severity: 'error',
        found: value,
      });
      if (expected !== undefined) expect(result.issues[0]?.expected).toBe(expected);
      expect(result.rowsRejected).toBe(1);
      expect(result.rowsLoaded).toBe(rowCount - 1);
    },
  );

  it('rejects a control character in a text cell', () => {
    const text = csvText(
      UNITS_HEADER,
      '20242,Hải\u001FChâu,phuong,Hải Châu,7.58,,',
      '20300,Hòa Vang,xa,Hòa Vang,40.1,,',
    );
    const result = run(unitsSpec, text);
    expect(result.issues).toEqual([
      issue(unitsSpec, 2, 'name', 'control_character', 'Hải\u001FChâu'),
    ]);
    expect(result.rows.map((row) => row.code)).toEqual(['20300']);
  });

  it('rejects every row when a required column is missing from the header', () => {
    const text = csvText(
      'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh',
      '00004,2026-05-31,month,2026-05,15,18,10,8,20',
      '20242,2026-05-31,month,2026-05,15,18,10,8,20',
      '20300,2026-05-31,month,2026-05,15,18,10,8,20',
    );
    const result = run(indexScoresSpec, text);
    expect(result.issues).toEqual([issue(indexScoresSpec, 1, 'mdhl', 'missing_column')]);
    expect(result).toMatchObject({ rows: [], rowsRead: 3, rowsLoaded: 0, rowsRejected: 3 });
  });

  it('names every missing column', () => {
    const result = run(unitsSpec, csvText('code,name,population', '00004,Ba Đình,1'));
    expect(result.issues.map((found) => [found.line, found.column, found.code])).toEqual([
      [1, 'type', 'missing_column'],
      [1, 'former_district', 'missing_column'],
      [1, 'area_km2', 'missing_column'],
    ]);
    expect(result).toMatchObject({ rowsRead: 1, rowsLoaded: 0, rowsRejected: 1 });
  });

  it('rejects rows with too few or too many fields', () => {
    const text = csvText(
      UNITS_HEADER,
      '00004,Ba Đình,phuong,Hà Nội cũ,2.5,,',
      '20242,Hải Châu,phuong,Hải Châu,7.58',
      '20300,Hòa Vang,xa,Hòa Vang,40.1,,,extra',
    );
    const result = run(unitsSpec, text);
    expect(result.issues).toEqual([
      issue(unitsSpec, 3, '', 'field_count', '5', '7'),
      issue(unitsSpec, 4, '', 'field_count', '8', '7'),
    ]);
    expect(result.rows.map((row) => row.code)).toEqual(['00004']);
  });

  it('rejects a record with an unterminated quote as a parse error on its line', () => {
    const text = csvText(
      UNITS_HEADER,
      '00004,Ba Đình,phuong,Hà Nội cũ,2.5,,',
      '',
      '20242,"Hải Châu,phuong,Hải Châu,7.58,,',
      '20300,Hòa Vang,xa,Hòa Vang,40.1,,',
    );
    const result = run(unitsSpec, text);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ line: 4, column: '', code: 'parse_error' });
    expect(result.issues[0]?.found).toMatch(/MissingQuotes/);
    expect(result.rows.map((row) => row.code)).toEqual(['00004']);
  });

  it('rejects a code the units dataset does not know', () => {
    const result = run(indexScoresSpec, fixture('index-scores.csv'), {
      knownCodes: new Set(['00004', '20300']),
    });
    expect(result.issues).toEqual([
      issue(indexScoresSpec, 3, 'code', 'unknown_code', '20242'),
      issue(indexScoresSpec, 5, 'code', 'unknown_code', '20242'),
    ]);
    expect(result.rows.map((row) => row.code)).toEqual(['00004', '20300', '20300']);
  });

  it('does not treat 4 and 00004 as the same known code', () => {
    const result = run(petitionsSpec, fixture('petitions.csv'), {
      knownCodes: new Set(['4', '20242']),
    });
    expect(result.issues.map((found) => [found.line, found.code, found.found])).toEqual([
      [2, 'unknown_code', '00004'],
      [3, 'unknown_code', '00004'],
    ]);
  });

  it('rejects a duplicate key and names the line of the first occurrence', () => {
    const text = csvText(
      SCORES_HEADER,
      '00004,2026-05-31,month,2026-05,15,18,10,8,20,15,86',
      '00004,2026-05-31,quarter,2026-Q2,15,18,10,8,20,15,86',
      '20242,2026-05-31,month,2026-05,15,18,10,8,20,15,',
      '00004,2026-05-31,month,2026-05,1,1,1,1,1,1,6',
    );
    const result = run(indexScoresSpec, text);
    expect(result.issues).toEqual([
      issue(
        indexScoresSpec,
        5,
        'code, snapshot_date, period_type, period',
        'duplicate_key',
        '00004 / 2026-05-31 / month / 2026-05',
        'unique (first on line 2)',
      ),
    ]);
    expect(result.rows.map((row) => row.total)).toEqual([86, 86, null]);
  });

  it('uses code, month and topic as the petition key', () => {
    const text = csvText(
      PETITIONS_HEADER,
      '00004,2026-05,dat_dai,1,1,0,0,0',
      '00004,2026-05,y_te,1,1,0,0,0',
      '00004,2026-06,dat_dai,1,1,0,0,0',
      '00004,2026-05,dat_dai,2,2,0,0,0',
    );
    const result = run(petitionsSpec, text);
    expect(result.issues).toEqual([
      issue(
        petitionsSpec,
        5,
        'code, month, topic',
        'duplicate_key',
        '00004 / 2026-05 / dat_dai',
        'unique (first on line 2)',
      ),
    ]);
  });
});

describe('validateDataset: row rules', () => {
  it.each<[string, string, boolean, string]>([
    ['10,10,5,5,10,10', '50', true, ''],
    ['10,10,5,5,10,10', '50.01', true, ''],
    ['10,10,5,5,10,10', '49.99', true, ''],
    ['10,10,5,5,10,10', '50.02', false, '50 ± 0.01'],
    ['10,10,5,5,10,10', '49.98', false, '50 ± 0.01'],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.62', true, ''],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.60', true, ''],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.63', false, '73.61 ± 0.01'],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.59', false, '73.61 ± 0.01'],
    ['0,0,0,0,0,0', '0.02', false, '0 ± 0.01'],
  ])('groups %s with total %s: accepted %s', (groups, total, accepted, expected) => {
    const text = csvText(
      SCORES_HEADER,
      `00004,2026-05-31,month,2026-05,${groups},${total}`,
      '20242,2026-05-31,month,2026-05,1,1,1,1,1,1,6',
    );
    const result = run(indexScoresSpec, text);
    if (accepted) {
      expect(result.issues).toEqual([]);
      expect(result.rows[0]?.total).toBe(Number(total));
    } else {
      expect(result.issues).toEqual([
        issue(indexScoresSpec, 2, 'total', 'total_mismatch', String(Number(total)), expected),
      ]);
      expect(result.rows.map((row) => row.code)).toEqual(['20242']);
    }
  });

  it('rejects petitions whose received count is not the sum of the outcomes', () => {
    const text = csvText(
      PETITIONS_HEADER,
      '00004,2026-05,dat_dai,7,3,2,1,0',
      '00004,2026-05,y_te,5,1,1,1,1',
      '00004,2026-05,khac,4,1,1,1,1',
    );
    const result = run(petitionsSpec, text);
    expect(result.issues).toEqual([
      issue(petitionsSpec, 2, 'received', 'petition_sum', '7', '6'),
      issue(petitionsSpec, 3, 'received', 'petition_sum', '5', '4'),
    ]);
    expect(result.rows.map((row) => row.topic)).toEqual(['khac']);
  });

  it('flags an unbalanced dossier row with a warning but loads it', () => {
    const text = csvText(
      DOSSIERS_HEADER,
      '00004,2026-05,10,5,3,2,4,8,2,3,1,1',
      '00004,2026-06,0,1,0,0,1,0,0,0,0,0',
      '20242,2026-05,0,0,0,0,0,0,0,0,0,3',
    );
    const result = run(dossiersSpec, text);
    expect(result.issues).toEqual([
      issue(dossiersSpec, 2, '', 'dossier_balance', '19', '20', 'warning'),
      issue(dossiersSpec, 4, '', 'dossier_balance', '3', '0', 'warning'),
    ]);
    expect(result).toMatchObject({ rowsRead: 3, rowsLoaded: 3, rowsRejected: 0, rowsFlagged: 2 });
  });

  it('does not count a rejected unbalanced row as flagged', () => {
    const text = csvText(
      DOSSIERS_HEADER,
      '00004,2026-05,10,5,3,2,4,8,2,3,1,1',
      '00004,2026-05,10,5,3,2,4,8,2,3,1,1',
    );
    const result = run(dossiersSpec, text);
    expect(result.issues.map((found) => [found.line, found.code, found.severity])).toEqual([
      [2, 'dossier_balance', 'warning'],
      [3, 'dossier_balance', 'warning'],
      [3, 'duplicate_key', 'error'],
    ]);
    expect(result).toMatchObject({ rowsLoaded: 1, rowsRejected: 1, rowsFlagged: 1 });
  });
});

describe('header problems reported by the lead review', () => {
  it('rejects every row when the header names a required column twice', () => {
    const text =
      'code,name,type,former_district,area_km2,code\n20242,Hải Châu,phuong,X,7.58,20243\n';
    const result = validateDataset(unitsSpec, 'units.csv', parseCsv(text));
    expect(result.rowsRead).toBe(1);
    expect(result.rowsRejected).toBe(1);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ line: 1, column: 'code', code: 'duplicate_column' }),
    );
  });

  it('reports a malformed header line and rejects the rows under it', () => {
    const text = 'code,"name\n20242,Hải Châu\n';
    const result = validateDataset(unitsSpec, 'units.csv', parseCsv(text));
    expect(result.rowsLoaded).toBe(0);
    expect(result.rowsRead).toBe(result.rowsLoaded + result.rowsRejected);
    expect(result.issues.some((issue) => issue.line === 1)).toBe(true);
  });
});
