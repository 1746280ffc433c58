import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { drawnColours } from '../../test/helpers/drawn-colours.ts';
import { PETITION_TOPICS } from '../data/schema.ts';
import { ACTIVITY_COLORS } from './activity-series.ts';
import { buildCommuneActivityOption } from './build-commune-activity-option.ts';
import { buildCompareOption } from './build-compare-option.ts';
import { buildDistributionOption } from './build-distribution-option.ts';
import { buildDossierTrendOption } from './build-dossier-trend-option.ts';
import { buildDossierUnitsOption } from './build-dossier-units-option.ts';
import { buildHeatmapOption } from './build-heatmap-option.ts';
import { buildPetitionTrendOption } from './build-petition-trend-option.ts';
import { buildPetitionUnitsOption } from './build-petition-units-option.ts';
import { buildProfileGroupsOption } from './build-profile-groups-option.ts';
import { buildProfileRankOption } from './build-profile-rank-option.ts';
import { buildRankChangeOption } from './build-rank-change-option.ts';
import { buildRankingOption } from './build-ranking-option.ts';
import type { ChartOption } from './chart-option.ts';
import { PALETTES } from './palette-registry.ts';

const dossierCounts = (n: number) => ({
  resolvedEarly: n,
  resolvedOnTime: n,
  resolvedLate: n,
  pendingInTime: n,
  pendingOverdue: n,
  receivedOnline: n,
  receivedInPerson: n,
  receivedPostal: n,
  gap: 0,
});
const petitionCounts = {
  received: 40,
  answeredOnSpot: 10,
  answeredLater: 10,
  transferred: 10,
  pending: 10,
  byTopic: Object.fromEntries(PETITION_TOPICS.map((topic) => [topic, 5])) as Record<
    (typeof PETITION_TOPICS)[number],
    number
  >,
};
const groups = { ckmb: 13, tdgq: 15, dvctt: 8, tttt: 6, mdsh: 15, mdhl: 11 };
const q = { q1: 10, median: 12, q3: 14 };
const province = { total: q, ckmb: q, tdgq: q, dvctt: q, tttt: q, mdsh: q, mdhl: q };
const months = ['2026-04', '2026-05'].map((period) => ({
  period,
  total: 70,
  rank: 3,
  rankedCount: 94,
  groups,
  province,
}));
const ctx = chartContext('vi');
const units = [1, 2, 3, 4, 5].map((n) => ({ code: String(n), name: `Đơn vị ${String(n)}` }));
const activity = (other: string) =>
  buildCommuneActivityOption(
    {
      title: 'Hoạt động',
      months: ['2026-04'],
      series: [
        { name: 'Tiếp nhận', values: [3], color: ACTIVITY_COLORS.received, kind: 'bar' },
        { name: 'Khác', values: [2], color: other, kind: 'line' },
      ],
    },
    ctx,
  );

/** Every categorical chart, with the palette its series must come from. */
const CHARTS: readonly (readonly [chart: string, palette: string, option: ChartOption])[] = [
  [
    'ranking, bands on',
    'unit-types',
    buildRankingOption(
      {
        period: '2026-05',
        bands: true,
        rows: (['xa', 'phuong', 'dac_khu'] as const).map((type, index) => ({
          code: String(index),
          name: type,
          type,
          rank: index + 1,
          score: 90 - index * 12,
          total: 90 - index * 12,
          groups,
        })),
      },
      ctx,
    ),
  ],
  ...(['outcomes', 'channels'] as const).map(
    (mode) =>
      [
        `dossier units (${mode})`,
        mode === 'outcomes' ? 'dossier-outcomes' : 'dossier-channels',
        buildDossierUnitsOption(
          {
            rows: [{ code: '1', name: 'A', counts: dossierCounts(30) }],
            month: '2026-05',
            rate: 'press',
            mode,
          },
          ctx,
        ),
      ] as const,
  ),
  [
    'dossier trend',
    'dossier-outcomes',
    buildDossierTrendOption(
      {
        rows: [{ month: '2026-05', counts: dossierCounts(30) }],
        rate: 'press',
        scope: 'x',
      },
      ctx,
    ),
  ],
  ...(['topics', 'outcomes'] as const).map(
    (mode) =>
      [
        `petition units (${mode})`,
        mode === 'topics' ? 'petition-topics' : 'petition-outcomes',
        buildPetitionUnitsOption(
          {
            rows: [{ code: '1', name: 'A', population: 9000, counts: petitionCounts }],
            period: '2026',
            mode,
            measure: 'count',
          },
          ctx,
        ),
      ] as const,
  ),
  [
    'petition trend',
    'petition-outcomes',
    buildPetitionTrendOption(
      { rows: [{ month: '2026-05', counts: petitionCounts }], scope: 'x' },
      ctx,
    ),
  ],
  [
    'compare, five units',
    'compared-units',
    buildCompareOption(
      {
        units,
        periods: ['2026-05'],
        cells: units.map((unit) => ({ code: unit.code, period: '2026-05', score: 70 })),
        metricName: 'Tổng điểm',
        max: 100,
        period: '2026-05',
      },
      ctx,
    ),
  ],
  [
    'rank change, gains and losses',
    'rank-change',
    buildRankChangeOption(
      {
        name: 'A',
        period: '2026-05',
        previousPeriod: '2026-04',
        totalChange: 0.5,
        groups: [
          { key: 'ckmb', previous: 12, current: 13, change: 1 },
          { key: 'tdgq', previous: 15, current: 14.5, change: -0.5 },
        ],
      },
      ctx,
    ),
  ],
  ['profile rank', 'unit-profile', buildProfileRankOption({ name: 'A', months, height: 380 }, ctx)],
  [
    'profile groups',
    'unit-profile',
    buildProfileGroupsOption({ name: 'A', months, columns: 3 }, ctx),
  ],
  ['dossier activity', 'dossier-activity', activity(ACTIVITY_COLORS.resolved)],
  ['petition activity', 'petition-activity', activity(ACTIVITY_COLORS.pending)],
  [
    'distribution',
    'score-distribution',
    buildDistributionOption(
      {
        units: units.map((unit) => ({ ...unit, groups })),
        period: '2026-05',
        selected: '1',
      },
      ctx,
    ),
  ],
];

const lower = (colours: readonly (readonly [string, string])[]) =>
  new Set(colours.map(([, hex]) => hex.toLowerCase()));
const paletteOf = (id: string) => PALETTES.find((entry) => entry.id === id);
/** A registry palette holding exactly these colours (the shaded areas are one too). */
const paletteHolding = (colours: ReadonlySet<string>) =>
  PALETTES.find((palette) => {
    const own = lower(palette.colours);
    return own.size === colours.size && [...colours].every((hex) => own.has(hex));
  });

describe('palette coverage (issue 12)', () => {
  it.each(CHARTS)('%s draws its series from the registry palette %s', (_, id, option) => {
    const palette = paletteOf(id);
    expect(palette, `no palette ${id}`).toBeDefined();
    const drawn = drawnColours(option);
    expect(drawn.uncoloured).toBe(0);
    expect(drawn.series.size).toBeGreaterThan(0);
    expect([...drawn.series].filter((hex) => !lower(palette?.colours ?? []).has(hex))).toEqual([]);
    // Shaded areas: checked as the series' backgrounds, and among themselves as a palette.
    expect([...drawn.areas].filter((hex) => !lower(palette?.backgrounds ?? []).has(hex))).toEqual(
      [],
    );
    if (drawn.areas.size > 0) expect(paletteHolding(drawn.areas)).toBeDefined();
  });

  it('leaves no registry palette unused, but the table badges', () => {
    const used = new Set(
      CHARTS.flatMap(([, id, option]) => [id, paletteHolding(drawnColours(option).areas)?.id]),
    );
    expect(PALETTES.map((palette) => palette.id).filter((id) => !used.has(id))).toEqual([
      'score-band-text',
    ]);
  });

  it('colours the heatmap by its sequential scale alone, with no categorical series colour', () => {
    const option = buildHeatmapOption(
      {
        units,
        periods: ['2026-05'],
        cells: [{ code: '1', period: '2026-05', score: 70, rank: 1, rankedCount: 94 }],
        mode: 'score',
        metricName: 'Tổng điểm',
        max: 100,
        period: '2026-05',
      },
      ctx,
    );
    expect(drawnColours(option)).toMatchObject({ series: new Set(), uncoloured: 1 });
    expect(option.visualMap).toBeDefined();
  });
});
