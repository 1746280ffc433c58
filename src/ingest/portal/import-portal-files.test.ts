import { describe, expect, it } from 'vitest';
import {
  FIXTURE_DOSSIERS,
  FIXTURE_UNITS,
  crawlerSnapshot,
  portalResponses,
} from '../../../test/helpers/portal-fixtures.ts';
import { importPortalFiles, type PortalFile } from './import-portal-files.ts';

const PERIOD = { periodType: 'month', period: '2026-08', snapshotDate: '2026-09-26' } as const;

function files(responses: Record<string, unknown>): PortalFile[] {
  return Object.entries(responses).map(([name, json]) => ({ name, text: JSON.stringify(json) }));
}

describe('importPortalFiles: the six group responses of one period', () => {
  it('joins the groups on departmentId, keeps agencies apart and sums the total', () => {
    const result = importPortalFiles(files(portalResponses()), { period: PERIOD });
    expect(result.issues).toEqual([]);
    expect(result.snapshots).toHaveLength(1);
    const [snapshot] = result.snapshots;
    expect(snapshot?.province?.name).toBe('Mẫu');
    expect(snapshot?.files.map((file) => file.groups[0])).toEqual([
      'ckmb',
      'tdgq',
      'dvctt',
      'tttt',
      'mdsh',
      'mdhl',
    ]);
    expect(
      snapshot?.units.map((unit) => [unit.name, unit.type, unit.kind, unit.portalCode]),
    ).toEqual([
      ['Sở Nội vụ', null, 'agency', 'H99.01'],
      ['Hoà An', 'xa', 'commune', 'H99.100'],
      ['Đông Hải', 'phuong', 'commune', 'H99.101'],
      ['Cồn Cỏ', 'dac_khu', 'commune', 'H99.102'],
    ]);
    expect(snapshot?.scores.map((score) => score.total)).toEqual([55.9, 72.6, 66.75, 54.5]);
    expect(snapshot?.issues).toEqual([]);
  });

  it('keeps every sub-indicator with its numerator and denominator, and the dossier totals', () => {
    const [snapshot] = importPortalFiles(files(portalResponses()), { period: PERIOD }).snapshots;
    const hoaAn = FIXTURE_UNITS[1]?.id;
    const metrics = snapshot?.metrics.filter((metric) => metric.departmentId === hoaAn) ?? [];
    expect(metrics.map((metric) => `${metric.group}:${metric.code}`)).toEqual([
      'ckmb:PUBLISH_ON_TIME',
      'ckmb:DOSSIER_SYNC',
      'tdgq:DOSSIER_ON_TIME',
      'mdsh:ORIGINAL_RESULT_AVAILABLE',
      'mdsh:SO_HOA_GIAY_TO_GIAI_QUYET',
      'mdhl:PETITION_CLASSIFICATION_TTHC',
      'mdhl:DOSSIER_RECEIVING_SATISFACTION',
    ]);
    expect(metrics.find((metric) => metric.code === 'DOSSIER_ON_TIME')).toMatchObject({
      numerator: 180,
      denominator: 200,
      score: 18,
      maxScore: 20,
    });
    expect(
      metrics.find((metric) => metric.code === 'PETITION_CLASSIFICATION_TTHC')?.score,
    ).toBeNull();
    expect(snapshot?.dossiers.map((row) => [row.received, row.onTime, row.overdue])).toEqual(
      FIXTURE_DOSSIERS,
    );
  });

  it('imports any subset of the groups, with no total and each unit flagged for none missing', () => {
    const responses = portalResponses();
    const subset = {
      'transparency-month-all.json': responses['transparency-month-all.json'],
      'dvc-progress-tree-month-all.json': responses['dvc-progress-tree-month-all.json'],
    };
    const [snapshot] = importPortalFiles(files(subset), { period: PERIOD }).snapshots;
    expect(snapshot?.units).toHaveLength(4);
    expect(snapshot?.scores.every((score) => score.total === null)).toBe(true);
    expect(snapshot?.scores[1]?.groups).toEqual({ ckmb: 8, tdgq: 18 });
    expect(snapshot?.issues).toEqual([]);
  });

  it('flags a unit missing from one group and rejects a unit listed twice', () => {
    const responses = portalResponses() as Record<string, { data: { evaluation?: unknown[] } }>;
    const transparency = responses['transparency-month-all.json'];
    const list = transparency?.data.evaluation ?? [];
    list.splice(2, 1); // Đông Hải is missing from CKMB
    list.push(list[0]); // the agency twice
    const [snapshot] = importPortalFiles(files(responses), { period: PERIOD }).snapshots;
    expect(snapshot?.units).toHaveLength(4);
    const reasons = snapshot?.issues.map((issue) => [issue.reason, issue.unit, issue.severity]);
    expect(reasons).toContainEqual(['unit-duplicate', 'Sở Nội vụ - Tỉnh Mẫu', 'rejected']);
    expect(reasons).toContainEqual(['group-missing', 'UBND Phường Đông Hải', 'flagged']);
    const dongHai = FIXTURE_UNITS[2]?.id;
    expect(snapshot?.scores.find((score) => score.departmentId === dongHai)?.total).toBeNull();
  });

  it('reports a unit that cannot be read with its JSON path, and keeps the others', () => {
    const responses = portalResponses() as Record<string, { data: { children?: unknown[] } }>;
    const online = responses['provide-online-tree-month-all.json'];
    online?.data.children?.push({ departmentName: 'UBND xã Không Mã', totalScore: 3 });
    const [snapshot] = importPortalFiles(files(responses), { period: PERIOD }).snapshots;
    expect(snapshot?.issues).toContainEqual(
      expect.objectContaining({
        reason: 'unit-invalid',
        unit: 'UBND xã Không Mã',
        path: 'data.children[4]',
        severity: 'rejected',
      }),
    );
    expect(snapshot?.units).toHaveLength(4);
  });

  it('rejects files that are not JSON, not the portal shape, repeated or misnamed', () => {
    const responses = portalResponses();
    const result = importPortalFiles(
      [
        { name: 'notes.json', text: '{ not json' },
        { name: 'other.json', text: '{"data": {"rows": []}}' },
        {
          name: 'dvc-progress-tree-year-all.json',
          text: JSON.stringify(responses['transparency-month-all.json']),
        },
        ...files(responses),
        { name: 'copy.json', text: JSON.stringify(responses['dossier-digitized-month-all.json']) },
      ],
      { period: PERIOD },
    );
    expect(result.issues.map((issue) => [issue.file, issue.reason])).toEqual([
      ['notes.json', 'not-json'],
      ['other.json', 'not-portal-shape'],
      ['dvc-progress-tree-year-all.json', 'group-mismatch'],
      ['copy.json', 'group-repeated'],
    ]);
    expect(result.snapshots[0]?.units).toHaveLength(4);
  });

  it('imports no API response without a period, and says why for each file', () => {
    const result = importPortalFiles(files(portalResponses()));
    expect(result.snapshots).toEqual([]);
    expect(result.issues.map((issue) => issue.reason)).toEqual(Array(6).fill('period-missing'));
  });
});

describe('importPortalFiles: crawler snapshots', () => {
  it('reads each file as one snapshot, dated by its run day, in the crawler order', () => {
    const result = importPortalFiles([
      { name: 'communes_Mau_09102026.json', text: JSON.stringify(crawlerSnapshot('09102026')) },
      { name: 'communes_Mau_10102026.json', text: JSON.stringify(crawlerSnapshot('10102026')) },
    ]);
    expect(result.snapshots.map((snapshot) => snapshot.period)).toEqual([
      { periodType: 'year', period: '2026', snapshotDate: '2026-10-09' },
      { periodType: 'year', period: '2026', snapshotDate: '2026-10-10' },
    ]);
    const [first] = result.snapshots;
    expect(first?.units.map((unit) => unit.name)).toEqual(['Hoà An', 'Đông Hải', 'Cồn Cỏ']);
    expect(first?.scores.map((score) => score.publishedRank)).toEqual([1, 2, 3]);
    expect(first?.issues).toEqual([]);
  });

  it('flags a total that disagrees with its groups and a group above its maximum, keeping both', () => {
    const snapshot = crawlerSnapshot('03102026', [80, 66.75, 54.5]) as {
      communes: { groupScores: Record<string, number> }[];
    };
    const third = snapshot.communes[2];
    if (third) third.groupScores.MDHL = 18.42;
    const [read] = importPortalFiles([
      { name: 's.json', text: JSON.stringify(snapshot) },
    ]).snapshots;
    expect(read?.scores.map((score) => score.total)).toEqual([80, 66.75, 54.5]);
    expect(read?.issues.map((issue) => [issue.reason, issue.unit, issue.severity])).toEqual([
      ['total-mismatch', 'UBND xã Hoà An', 'flagged'],
      ['score-above-max', 'UBND đặc khu Cồn Cỏ', 'flagged'],
      ['total-mismatch', 'UBND đặc khu Cồn Cỏ', 'flagged'],
    ]);
  });
});
