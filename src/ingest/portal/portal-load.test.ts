import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawlerSnapshot, portalResponses } from '../../../test/helpers/portal-fixtures.ts';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadPublishedFixtures } from '../../../test/helpers/published-fixtures.ts';
import type { DbClient } from '../../db/db-client.ts';
import { getRanking } from '../../db/queries/get-ranking.ts';
import { getPeriods } from '../../db/queries/get-periods.ts';
import { getUnitSummary } from '../../db/queries/get-unit-summary.ts';
import { getReferenceUnits } from '../../db/queries/get-reference-units.ts';
import { loadUploads } from '../load-uploads.ts';
import type { LoadedData } from '../loaded-data.ts';
import { validateInProcess } from '../validate-in-process.ts';
import type { PortalFile } from './import-portal-files.ts';
import { importPortalBatches, portalBatches } from './portal-batches.ts';
import { portalDatasets } from './portal-datasets.ts';
import { portalMatchTableCsv } from './portal-match-table.ts';
import { portalUploads } from './portal-uploads.ts';

let db: DbClient;
let published: LoadedData;

beforeAll(async () => {
  db = await createNodeDb();
  published = await loadPublishedFixtures(db);
});

const asFiles = (entries: Record<string, unknown>): PortalFile[] =>
  Object.entries(entries).map(([name, json]) => ({ name, text: JSON.stringify(json) }));

/** The browser's path without the page: batches, periods, import, match, upload, load. */
async function importAndLoad(files: readonly PortalFile[], period?: string, day = '2026-09-26') {
  await loadPublishedFixtures(db);
  const batches = portalBatches(files);
  const periods = Object.fromEntries(
    batches
      .filter((batch) => batch.needsPeriod)
      .map((batch) => [
        batch.key,
        { periodType: batch.hint ?? 'month', period: period ?? '2026-08', snapshotDate: day },
      ]),
  );
  const datasets = portalDatasets(
    importPortalBatches(files, batches, periods),
    await getReferenceUnits(db),
  );
  const next = await loadUploads(published, portalUploads(datasets, 'test'), validateInProcess);
  return { datasets, next };
}

describe('the portal files loaded as the browser loads them', () => {
  it('ranks the file’s communes among themselves, agencies kept apart, titled with its province', async () => {
    const { datasets, next } = await importAndLoad(asFiles(portalResponses()));
    expect(datasets.mode).toBe('own-units');
    for (const report of next.reports.filter((entry) => next.origins[entry.dataset] === 'upload')) {
      expect(report.rowsRejected, report.file).toBe(0);
    }
    // The fixture's DOSSIER_SYNC scores 8 of 6: kept as published, flagged.
    const metrics = next.reports.find((report) => report.dataset === 'index_metrics');
    expect(metrics?.rowsFlagged).toBe(3);
    const ranking = await getRanking(db, { period: '2026-08', metric: 'total' });
    expect(ranking.rows.map((row) => row.name).sort()).toEqual(
      ['Cồn Cỏ', 'Hoà An', 'Đông Hải'].sort(),
    );
    const totals = ranking.rows.map((row) => row.total ?? 0);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect((await getUnitSummary(db)).provinces).toEqual(['Mẫu']);
    const csv = portalMatchTableCsv(datasets);
    expect(csv).toContain('agency_kept_apart');
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 4);
  });

  it('compares a period’s snapshots day over day, ties sharing one rank in the source’s order', async () => {
    const files = asFiles({
      'communes_Mau_09102026.json': crawlerSnapshot('09102026', [70, 65, 60]),
      'communes_Mau_10102026.json': crawlerSnapshot('10102026', [70, 70, 60]),
    });
    // Totals that disagree with their groups are kept as published, flagged.
    const { next } = await importAndLoad(files);
    const scores = next.reports.find((report) => report.dataset === 'index_scores');
    expect(scores?.rowsRejected).toBe(0);
    expect(scores?.rowsFlagged).toBeGreaterThan(0);
    const periods = await getPeriods(db);
    expect(periods.at(-1)).toMatch(/^2026@2026-10-1\d$/);
    const latest = periods.at(-1) ?? '';
    const ranking = await getRanking(db, { period: latest, metric: 'total' });
    expect(ranking.comparison).toBe('snapshot');
    expect(ranking.previousPeriod).toMatch(/^2026@2026-10-/);
    expect(ranking.rows.map((row) => [row.rank, row.publishedRank])).toEqual([
      [1, 1],
      [1, 2],
      [3, 3],
    ]);
    expect(ranking.rows[1]?.rankChange).toBe(1);
  });

  it('matches communes to the loaded units of the same province by name', () => {
    const files = asFiles(portalResponses());
    const batches = portalBatches(files);
    expect(batches.map((batch) => [batch.key, batch.hint])).toEqual([['responses-month', 'month']]);
    const imported = importPortalBatches(files, batches, {
      'responses-month': { periodType: 'month', period: '2026-08', snapshotDate: '2026-09-26' },
    });
    const datasets = portalDatasets(imported, [
      { code: '90001', name: 'Hòa An', type: 'xa', province: 'Mẫu' },
      { code: '90002', name: 'Đông Hải', type: 'phuong', province: 'Mẫu' },
      { code: '90009', name: 'Tân Lập', type: 'xa', province: 'Mẫu' },
    ]);
    expect(datasets.mode).toBe('reference');
    expect(datasets.csv.units).toBeUndefined();
    expect(datasets.units.map((unit) => [unit.name, unit.outcome.status])).toEqual([
      ['Sở Nội vụ', 'agency'],
      ['Hoà An', 'imported'],
      ['Đông Hải', 'imported'],
      ['Cồn Cỏ', 'unmatched'],
    ]);
    expect(datasets.withoutScore.map((unit) => unit.code)).toEqual(['90009']);
    expect(datasets.csv.index_scores).toContain('90001,');
  });
});

const REAL = new URL('../../../../shared/data/dvcqg/', import.meta.url);
const real = (dir: string, pick: (name: string) => boolean): PortalFile[] => {
  const folder = new URL(`${dir}/`, REAL);
  return readdirSync(folder)
    .filter(pick)
    .map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));
};

describe.skipIf(!existsSync(REAL))('the real portal files loaded (../shared/data/dvcqg)', () => {
  it('Phú Thọ year and month: 148 communes ranked in each, Bình Xuyên’s dossiers', async () => {
    const files = real('phu-tho-api', (name) => name.endsWith('-all.json'));
    const { next } = await importAndLoad(files, undefined);
    for (const report of next.reports.filter((entry) => next.origins[entry.dataset] === 'upload')) {
      expect(report.rowsRejected, report.file).toBe(0);
    }
    const periods = await getPeriods(db);
    expect(periods).toEqual(expect.arrayContaining(['2026-08']));
    const month = await getRanking(db, { period: '2026-08', metric: 'total' });
    expect(month.rankedCount).toBe(148);
    const year = await getRanking(db, { period: periods[0] ?? '', metric: 'total' });
    expect(year.rankedCount).toBe(148);
    const rows = await db.query(
      `SELECT s.dossiers_received AS received, s.dossiers_overdue AS overdue
       FROM index_scores s JOIN units u USING (code)
       WHERE u.portal_code = 'H44.196' AND s.period_type = 'year'`,
    );
    expect(rows).toEqual([{ received: 5862, overdue: 673 }]);
    const byCkmb = await getRanking(db, { period: '2026-08', metric: 'ckmb' });
    expect(new Set(byCkmb.rows.map((row) => row.score)).size).toBe(1);
    expect((await getUnitSummary(db)).provinces).toEqual(['Phú Thọ']);
  });

  it('Gia Lai: 11 snapshots of 135 communes, 10/10 ranked day over day with shared ranks', async () => {
    const files = real('gia-lai', (name) => name.startsWith('communes_'));
    const { next } = await importAndLoad(files);
    const scores = next.reports.find((report) => report.dataset === 'index_scores');
    expect(scores?.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(scores).toMatchObject({ rowsRead: 1485, rowsLoaded: 1485, rowsRejected: 0 });
    const ranking = await getRanking(db, { period: '2026@2026-10-10', metric: 'total' });
    expect(ranking.rankedCount).toBe(135);
    expect(ranking.comparison).toBe('snapshot');
    expect(ranking.previousPeriod).toBe('2026@2026-10-09');
    const published = ranking.rows.map((row) => row.publishedRank);
    expect(published).toEqual([...published].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const shared = ranking.rows.filter((row, i, all) =>
      all.some((o, j) => j !== i && o.rank === row.rank),
    );
    expect(shared.length).toBeGreaterThan(0);
  });
});
