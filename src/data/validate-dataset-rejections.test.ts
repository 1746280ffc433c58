import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from './schema.ts';
import type { IssueCode, IssueExpected } from './validation-issue.ts';
import { dossiersSpec, indexScoresSpec, petitionsSpec, unitsSpec } from './schema.ts';
import {
  fixture,
  run,
  issue,
  csvText,
  withCell,
  UNITS_HEADER,
} from '../../test/helpers/validation.ts';

const UNIT_TYPES_EXPECTED: IssueExpected = { kind: 'one_of', values: ['xa', 'phuong', 'dac_khu'] };

describe('validateDataset: rejected rows', () => {
  it('reports each bad unit row with its true line, column and code', () => {
    const result = run(unitsSpec, fixture('units-bad.csv'));
    expect(result.issues).toEqual([
      issue(unitsSpec, 3, 'code', 'bad_code', '2024', { kind: 'digits', count: 5 }),
      issue(unitsSpec, 4, 'name', 'empty_required', ''),
      issue(unitsSpec, 5, 'type', 'bad_enum', 'thi_tran', UNIT_TYPES_EXPECTED),
      issue(unitsSpec, 7, 'area_km2', 'not_number', '12,5'),
      issue(unitsSpec, 10, 'area_km2', 'negative', '-1', { kind: 'range', min: 0, max: null }),
      issue(unitsSpec, 11, 'population', 'not_integer', '1.5'),
      issue(unitsSpec, 12, '', 'field_count', 5, { kind: 'fields', count: 7 }),
      issue(unitsSpec, 13, 'code', 'duplicate_key', '20242', {
        kind: 'unique',
        firstLine: 2,
      }),
      issue(unitsSpec, 15, 'type', 'bad_enum', 'huyen', UNIT_TYPES_EXPECTED),
      issue(unitsSpec, 15, 'area_km2', 'not_number', 'abc'),
    ]);
    expect(result).toMatchObject({ rowsRead: 11, rowsLoaded: 2, rowsRejected: 9, rowsFlagged: 0 });
    expect(result.rows.map((row) => [row.code, row.name])).toEqual([
      ['20242', 'Hải Châu'],
      ['20250', 'Tốt'],
    ]);
  });

  it.each<
    [string, DatasetSpec, string, number, string, string, IssueCode, IssueExpected | undefined]
  >([
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      3,
      'code',
      '2024',
      'bad_code',
      { kind: 'digits', count: 5 },
    ],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      2,
      'snapshot_date',
      '2026-02-30',
      'bad_date',
      { kind: 'date' },
    ],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      2,
      'period_type',
      'week',
      'bad_enum',
      { kind: 'one_of', values: ['month', 'quarter', 'year'] },
    ],
    [
      'index_scores',
      indexScoresSpec,
      'index-scores.csv',
      4,
      'tdgq',
      '-1',
      'negative',
      // The group's maximum is a row rule (validate-dataset-rules.test.ts): only ≥ 0 here.
      { kind: 'range', min: 0, max: null },
    ],
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
    [
      'dossiers',
      dossiersSpec,
      'dossiers.csv',
      2,
      'month',
      '2026-5',
      'bad_month',
      { kind: 'month' },
    ],
    [
      'dossiers',
      dossiersSpec,
      'dossiers.csv',
      3,
      'returned',
      '-2',
      'negative',
      { kind: 'range', min: 0, max: null },
    ],
    ['dossiers', dossiersSpec, 'dossiers.csv', 4, 'resolved_late', '0.5', 'not_integer', undefined],
    ['petitions', petitionsSpec, 'petitions.csv', 2, 'topic', 'nha_o', 'bad_enum', undefined],
    [
      'petitions',
      petitionsSpec,
      'petitions.csv',
      5,
      'month',
      '2026-13',
      'bad_month',
      { kind: 'month' },
    ],
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
      if (expected !== undefined) expect(result.issues[0]?.expected).toEqual(expected);
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
});
