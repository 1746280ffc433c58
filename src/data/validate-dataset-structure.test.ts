import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { indexScoresSpec, petitionsSpec, unitsSpec } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';
import {
  fixture,
  run,
  issue,
  csvText,
  UNITS_HEADER,
  SCORES_HEADER,
  PETITIONS_HEADER,
} from '../../test/helpers/validation.ts';

describe('validateDataset: rows rejected for the header, the shape, the codes or the keys', () => {
  it('rejects every row when a required column is missing from the header', () => {
    const text = csvText(
      'code,snapshot_date,period_type,ckmb,tdgq,dvctt,tttt,mdsh,mdhl',
      '00004,2026-05-31,month,15,18,10,8,20,16',
      '20242,2026-05-31,month,15,18,10,8,20,16',
      '20300,2026-05-31,month,15,18,10,8,20,16',
    );
    const result = run(indexScoresSpec, text);
    expect(result.issues).toEqual([issue(indexScoresSpec, 1, 'period', 'missing_column')]);
    expect(result).toMatchObject({ rows: [], rowsRead: 3, rowsLoaded: 0, rowsRejected: 3 });
  });

  it('loads index scores whose header lacks some groups, with those groups null', () => {
    const text = csvText(
      'code,snapshot_date,period_type,period,ckmb,tdgq,total',
      '00004,2026-05-31,month,2026-05,15,18.5,80',
    );
    const result = run(indexScoresSpec, text);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({ ckmb: 15, tdgq: 18.5, mdhl: null, total: 80 });
  });

  it('names every missing column', () => {
    // former_district and area_km2 may be left out (the portal publishes neither).
    const result = run(unitsSpec, csvText('code,area_km2,population', '00004,2.5,1'));
    expect(result.issues.map((found) => [found.line, found.column, found.code])).toEqual([
      [1, 'name', 'missing_column'],
      [1, 'type', 'missing_column'],
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
      issue(unitsSpec, 3, '', 'field_count', 5, { kind: 'fields', count: 7 }),
      issue(unitsSpec, 4, '', 'field_count', 8, { kind: 'fields', count: 7 }),
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
    expect(result.issues[0]?.found).toEqual({
      kind: 'open_quote',
      code: 'MissingQuotes',
      line: 4,
      lastLine: 5,
    });
    expect(result.issues[0]?.expected).toEqual({ kind: 'closed_quote' });
    // The line after the open quote is read on its own, not swallowed.
    expect(result.rows.map((row) => row.code)).toEqual(['00004', '20300']);
    expect(result).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
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
        { kind: 'unique', firstLine: 2 },
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
      issue(petitionsSpec, 5, 'code, month, topic', 'duplicate_key', '00004 / 2026-05 / dat_dai', {
        kind: 'unique',
        firstLine: 2,
      }),
    ]);
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
