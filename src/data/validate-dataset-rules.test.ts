import { describe, expect, it } from 'vitest';
import { dossiersSpec, indexScoresSpec, petitionsSpec } from './schema.ts';
import {
  run,
  issue,
  csvText,
  SCORES_HEADER,
  DOSSIERS_HEADER,
  PETITIONS_HEADER,
} from '../../test/helpers/validation.ts';

describe('validateDataset: row rules', () => {
  it.each<[string, string, boolean, number]>([
    ['10,10,5,5,10,10', '50', true, 0],
    ['10,10,5,5,10,10', '50.01', true, 0],
    ['10,10,5,5,10,10', '49.99', true, 0],
    ['10,10,5,5,10,10', '50.02', false, 50],
    ['10,10,5,5,10,10', '49.98', false, 50],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.62', true, 0],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.60', true, 0],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.63', false, 73.61],
    ['13.51,16.31,8.57,6.28,13.50,15.44', '73.59', false, 73.61],
    ['0,0,0,0,0,0', '0.02', false, 0],
  ])('groups %s with total %s: accepted %s', (groups, total, accepted, sum) => {
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
        issue(indexScoresSpec, 2, 'total', 'total_mismatch', Number(total), {
          kind: 'group_sum',
          sum,
          tolerance: 0.01,
        }),
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
      issue(petitionsSpec, 2, 'received', 'petition_sum', 7, { kind: 'outcome_sum', sum: 6 }),
      issue(petitionsSpec, 3, 'received', 'petition_sum', 5, { kind: 'outcome_sum', sum: 4 }),
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
      issue(dossiersSpec, 2, '', 'dossier_balance', 19, { kind: 'inflow', inflow: 20 }, 'warning'),
      issue(dossiersSpec, 4, '', 'dossier_balance', 3, { kind: 'inflow', inflow: 0 }, 'warning'),
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
