import { describe, expect, it } from 'vitest';
import { dossiersSpec, indexMetricsSpec, indexScoresSpec, petitionsSpec } from './schema.ts';
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

  it('loads a published total without checking it when a group was not imported', () => {
    const text = csvText(
      SCORES_HEADER,
      // Only five of the portal's six responses: MDSH is unknown, the total is the portal's.
      '00004,2026-05-31,month,2026-05,15,18.5,10,8,,18,88.25',
      // All six known: the total is checked as ever.
      '20242,2026-05-31,month,2026-05,15,18.5,10,8,0,18,88.25',
    );
    const result = run(indexScoresSpec, text);
    expect(result.issues).toEqual([
      issue(indexScoresSpec, 3, 'total', 'total_mismatch', 88.25, {
        kind: 'group_sum',
        sum: 69.5,
        tolerance: 0.01,
      }),
    ]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ code: '00004', mdsh: null, total: 88.25 });
  });

  it('rejects a group above its maximum, unless the source is said to have published it', () => {
    const text = csvText(
      `${SCORES_HEADER},total_flag`,
      '00004,2026-05-31,month,2026-05,18.5,20,12,10,22,18,,',
      '20242,2026-05-31,month,2026-05,15,18,10,8,20,18.42,89.42,published_mismatch',
      '20300,2026-05-31,month,2026-05,18,20,12,10,22,18,100,',
    );
    const result = run(indexScoresSpec, text);
    expect(result.issues).toEqual([
      issue(indexScoresSpec, 2, 'ckmb', 'out_of_range', 18.5, { kind: 'range', min: 0, max: 18 }),
      issue(
        indexScoresSpec,
        3,
        'mdhl',
        'out_of_range',
        18.42,
        { kind: 'range', min: 0, max: 18 },
        'warning',
      ),
    ]);
    expect(result.rows.map((row) => [row.code, row.mdhl])).toEqual([
      ['20242', 18.42],
      ['20300', 18],
    ]);
    expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 1, rowsFlagged: 1 });
  });

  it('flags a sub-indicator whose score exceeds its maximum, as the source published it', () => {
    const text = csvText(
      'code,snapshot_date,period_type,period,group,metric_code,metric_name,numerator,denominator,ratio,score,max_score',
      '00004,2026-05-31,month,2026-05,tdgq,DOSSIER_ON_TIME,Tỷ lệ hồ sơ giải quyết đúng hạn,90,100,90,18,20',
      '00004,2026-05-31,month,2026-05,ckmb,PUBLISH_ON_TIME,Công bố đúng hạn,5,5,100,6.01,6',
      '20242,2026-05-31,month,2026-05,ckmb,PUBLISH_ON_TIME,Công bố đúng hạn,5,5,100,6,6',
    );
    const result = run(indexMetricsSpec, text);
    expect(result.issues).toEqual([
      issue(
        indexMetricsSpec,
        3,
        'score',
        'out_of_range',
        6.01,
        { kind: 'range', min: 0, max: 6 },
        'warning',
      ),
    ]);
    // Loaded as published (the portal's own inconsistency, e.g. MDSH metrics that do not add up).
    expect(result.rows.map((row) => [row.code, row.metric_code, row.score])).toEqual([
      ['00004', 'DOSSIER_ON_TIME', 18],
      ['00004', 'PUBLISH_ON_TIME', 6.01],
      ['20242', 'PUBLISH_ON_TIME', 6],
    ]);
    expect(result).toMatchObject({ rowsLoaded: 3, rowsRejected: 0, rowsFlagged: 1 });
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
