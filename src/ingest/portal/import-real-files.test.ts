import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { importPortalFiles, type PortalFile } from './import-portal-files.ts';

// The portal's real figures, read where the project keeps them beside the repository; never
// copied in. CI has them; a fresh clone may not, and then these tests are skipped.
const DVCQG = path.resolve(import.meta.dirname, '../../../../shared/data/dvcqg');
const present = existsSync(DVCQG);

function read(dir: string, match: (name: string) => boolean): PortalFile[] {
  const folder = path.join(DVCQG, dir);
  return readdirSync(folder)
    .filter(match)
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
}

describe.skipIf(!present)('the portal’s real files (../shared/data/dvcqg)', () => {
  for (const [scope, period] of [
    ['year', { periodType: 'year', period: '2026', snapshotDate: '2026-09-26' }],
    ['month', { periodType: 'month', period: '2026-08', snapshotDate: '2026-09-26' }],
  ] as const) {
    it(`Phú Thọ, ${scope}: 148 communes with the 15 agencies apart, totals the sum of six groups`, () => {
      const files = read('phu-tho-api', (name) => name.includes(`-${scope}-all`));
      expect(files).toHaveLength(6);
      const result = importPortalFiles(files, { period });
      expect(result.issues).toEqual([]);
      const [snapshot] = result.snapshots;
      expect(snapshot?.province?.name).toBe('Phú Thọ');
      expect(snapshot?.issues).toEqual([]);
      const communes = snapshot?.units.filter((unit) => unit.kind === 'commune') ?? [];
      expect(communes).toHaveLength(148);
      expect(snapshot?.units.filter((unit) => unit.kind === 'agency')).toHaveLength(15);
      expect(communes.every((unit) => unit.type === 'xa' || unit.type === 'phuong')).toBe(true);
      expect(communes.every((unit) => !/UBND|Tỉnh/u.test(unit.name))).toBe(true);
      for (const score of snapshot?.scores ?? []) {
        const sum = INDEX_GROUPS.reduce((acc, group) => acc + (score.groups[group.key] ?? NaN), 0);
        expect(Math.abs((score.total ?? NaN) - sum)).toBeLessThanOrEqual(0.01);
      }
      // CKMB is one value for the whole province: it separates no commune.
      const ckmb = new Set(
        communes.map(
          (unit) => snapshot?.scores.find((s) => s.departmentId === unit.departmentId)?.groups.ckmb,
        ),
      );
      expect(ckmb.size).toBe(1);
    });
  }

  it('Phú Thọ, year: the seed commune Bình Xuyên received 5,862 dossiers, 673 overdue', () => {
    const files = read('phu-tho-api', (name) => name.includes('-year-all'));
    const [snapshot] = importPortalFiles(files, {
      period: { periodType: 'year', period: '2026', snapshotDate: '2026-09-26' },
    }).snapshots;
    const unit = snapshot?.units.find((candidate) => candidate.portalCode === 'H44.196');
    expect(unit?.name).toBe('Bình Xuyên');
    const totals = snapshot?.dossiers.find((row) => row.departmentId === unit?.departmentId);
    expect(totals).toMatchObject({ received: 5862, onTime: 5189, overdue: 673 });
    const metrics =
      snapshot?.metrics.filter((row) => row.departmentId === unit?.departmentId) ?? [];
    expect(new Set(metrics.map((metric) => metric.group))).toEqual(
      new Set(['ckmb', 'tdgq', 'mdsh', 'mdhl']),
    );
  });

  it('Gia Lai: every snapshot has 135 communes in the crawler’s order; disagreeing totals flagged', () => {
    const files = read('gia-lai', (name) => name.startsWith('communes_'));
    const result = importPortalFiles(files);
    expect(result.issues).toEqual([]);
    expect(result.snapshots).toHaveLength(11);
    for (const snapshot of result.snapshots) {
      expect(snapshot.units).toHaveLength(135);
      expect(snapshot.scores.map((score) => score.publishedRank)).toEqual(
        Array.from({ length: 135 }, (_, i) => i + 1),
      );
    }
    const byDay = new Map(result.snapshots.map((s) => [s.period.snapshotDate, s]));
    const oct3 = byDay.get('2026-10-03');
    const anHao = oct3?.units.find((unit) => unit.portalCode === 'H21.226');
    const flagged = oct3?.issues.filter((issue) => issue.reason === 'total-mismatch') ?? [];
    expect(flagged.map((issue) => issue.unit)).toContain(anHao?.rawName);
    // Flagged, not corrected: the published 71.41 stays.
    expect(oct3?.scores.find((s) => s.departmentId === anHao?.departmentId)?.total).toBe(71.41);
    const sep23 = byDay.get('2026-09-23');
    expect(sep23?.issues.some((issue) => issue.reason === 'score-above-max')).toBe(true);
    // The crawler numbers tied communes one after another: 13 ties on 10/10/2026.
    const oct10 = byDay.get('2026-10-10');
    const totals = oct10?.scores.map((score) => score.total) ?? [];
    expect(totals.length - new Set(totals).size).toBe(13);
  });
});
