import type { DossierRow } from './generate-dossiers.ts';
import type { IndexGroupKey, MetricCounts } from './index-metrics.ts';
import { METRICS, ratioHundredths, scoreCents } from './index-metrics.ts';
import type { UnitLogits } from './metric-counts.ts';
import { provinceCkmb, unitMonthCounts } from './metric-counts.ts';
import { lastDayOfMonth, SAMPLE_MONTHS } from './months.ts';
import type { SampleUnit } from './parse-units.ts';
import { CHIEN_DAN } from './published-facts.ts';
import type { Rng } from './random.ts';
import { normal } from './random.ts';
import { raiseTotal, totalCents } from './raise-scores.ts';
import type { Terrain } from './unit-profile.ts';
import { profileUnit } from './unit-profile.ts';

/** The six groups of Decision 766/QĐ-TTg with their maxima, in the portal's order. */
export const SCORE_GROUPS = [
  { key: 'ckmb', max: 18 },
  { key: 'tdgq', max: 20 },
  { key: 'dvctt', max: 12 },
  { key: 'tttt', max: 10 },
  { key: 'mdsh', max: 22 },
  { key: 'mdhl', max: 18 },
] as const satisfies readonly { key: IndexGroupKey; max: number }[];

export type ScoreGroupKey = (typeof SCORE_GROUPS)[number]['key'];

export interface ScoreRow extends Readonly<Record<ScoreGroupKey, number>> {
  readonly code: string;
  readonly snapshotDate: string;
  readonly periodType: 'month';
  readonly period: string;
  /** Exactly the sum of the six group scores, each the sum of its sub-indicator scores. */
  readonly total: number;
  /** The portal's dossier totals (its TDGQ response), from the sample's own dossiers. */
  readonly dossiersReceived: number;
  /** Resolved early or on time, or in progress within the deadline. */
  readonly dossiersOnTime: number;
  /** Resolved late, or in progress past the deadline. */
  readonly dossiersOverdue: number;
}

/** One sub-indicator of one unit and snapshot, as the portal publishes it. */
export interface MetricRow {
  readonly code: string;
  readonly snapshotDate: string;
  readonly periodType: 'month';
  readonly period: string;
  readonly group: IndexGroupKey;
  readonly metricCode: string;
  readonly metricName: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Hundredths of a percent; null for 0 ÷ 0. */
  readonly ratioHundredths: number | null;
  readonly scoreCents: number;
  readonly maxScore: number;
}

/**
 * Latent logits of the share earned where the sample draws it: `base` is typical, `shift` moves
 * it by terrain (payment and digitisation are where towns and hills differ most).
 */
const UNIT_GROUPS = [
  { key: 'tttt', base: 0.6, shift: { urban: 0.6, mountain: -0.7 } },
  { key: 'mdsh', base: 0.8, shift: { urban: 0.5, mountain: -0.6 } },
  { key: 'mdhl', base: 2.3, shift: { urban: 0.05, mountain: -0.1 } },
] as const;
const QUALITY_WEIGHT = 0.6;
/** Province-wide improvement per month, in logit units. */
const MONTHLY_TREND = 0.03;
/** Mean-reverting drift: a unit-wide component and one per group; the province's CKMB drifts too. */
const UNIT_DRIFT = { persistence: 0.75, sd: 0.07 };
const GROUP_DRIFT = { persistence: 0.6, sd: 0.12 };
const PROVINCE_CKMB = { base: 1.4, persistence: 0.6, sd: 0.25 };
/** Chiên Đàn leads by at least this much (in hundredths of a point) on 31/7/2025. */
const LEAD_MARGIN_CENTS = 40;
/** Month (index into SAMPLE_MONTHS) and rank position where a tie is forced. */
const TIE = { monthIndex: 3, position: 40 };

/**
 * Monthly index snapshots (period to date, taken on the month's last day) for every unit and
 * month, with their sub-indicators: CKMB is the province's, TDGQ and DVCTT come from the
 * dossiers, the rest is drawn per unit. Scores are kept in hundredths so all sums are exact.
 */
export function generateScores(
  units: readonly SampleUnit[],
  dossiers: readonly DossierRow[],
  rng: Rng,
): { scores: ScoreRow[]; metrics: MetricRow[] } {
  const dossierOf = new Map(dossiers.map((row) => [`${row.code}|${row.month}`, row]));
  const findDossiers = (code: string, month: string): DossierRow => {
    const row = dossierOf.get(`${code}|${month}`);
    if (!row) throw new Error(`No dossiers for ${code} in ${month}`);
    return row;
  };
  const ckmb = simulateProvince(rng).map((logit, monthIndex) => {
    const month = SAMPLE_MONTHS[monthIndex] ?? '';
    const received = units.reduce(
      (sum, unit) => sum + received3(findDossiers(unit.code, month)),
      0,
    );
    return provinceCkmb(logit, received, rng);
  });
  // [unit][month] → the sub-indicator counts, in METRICS order.
  const counts: MetricCounts[][][] = units.map((unit) => {
    const logits = simulateUnit(unit, rng);
    let certifiedCopy = false;
    return SAMPLE_MONTHS.map((month, monthIndex) => {
      const result = unitMonthCounts(
        {
          dossiers: findDossiers(unit.code, month),
          logits: logits[monthIndex] ?? { tttt: 0, mdsh: 0, mdhl: 0 },
          ckmb: ckmb[monthIndex] ?? new Map(),
          certifiedCopy,
        },
        rng,
      );
      certifiedCopy = result.certifiedCopy;
      return result.counts;
    });
  });

  const leader = units.findIndex((unit) => unit.code === CHIEN_DAN.code);
  const snapshotIndex = SAMPLE_MONTHS.findIndex(
    (month) => lastDayOfMonth(month) === CHIEN_DAN.firstPlaceSnapshot,
  );
  if (leader >= 0 && snapshotIndex >= 0) makeLeader(counts, leader, snapshotIndex);
  const hoangSa = units.findIndex((unit) => unit.type === 'dac_khu');
  forceTie(counts, TIE.monthIndex, [leader, hoangSa]);

  const scores: ScoreRow[] = [];
  const metrics: MetricRow[] = [];
  units.forEach((unit, unitIndex) => {
    SAMPLE_MONTHS.forEach((month, monthIndex) => {
      const cells = counts[unitIndex]?.[monthIndex] ?? [];
      const snapshot = {
        code: unit.code,
        snapshotDate: lastDayOfMonth(month),
        periodType: 'month' as const,
        period: month,
      };
      const rows = METRICS.map((spec, index): MetricRow => {
        const cell = cells[index] ?? { provided: false };
        const counted = 'provided' in cell ? null : cell;
        return {
          ...snapshot,
          group: spec.group,
          metricCode: spec.code,
          metricName: spec.name,
          numerator: counted?.numerator ?? null,
          denominator: counted?.denominator ?? null,
          ratioHundredths: ratioHundredths(cell),
          scoreCents: scoreCents(spec, cell),
          maxScore: spec.max,
        };
      });
      metrics.push(...rows);
      const groupCents = (key: ScoreGroupKey) =>
        rows.filter((row) => row.group === key).reduce((sum, row) => sum + row.scoreCents, 0);
      const groups = Object.fromEntries(
        SCORE_GROUPS.map((group) => [group.key, groupCents(group.key) / 100]),
      ) as Record<ScoreGroupKey, number>;
      const onTime = rows.find((row) => row.metricCode === 'DOSSIER_ON_TIME');
      const handled = onTime?.denominator ?? 0;
      const dossiersOnTime = onTime?.numerator ?? 0;
      scores.push({
        ...snapshot,
        ...groups,
        total: totalCents(cells) / 100,
        dossiersReceived: received3(findDossiers(unit.code, month)),
        dossiersOnTime,
        dossiersOverdue: handled - dossiersOnTime,
      });
    });
  });
  return { scores, metrics };
}

function received3(row: DossierRow): number {
  return row.receivedOnline + row.receivedInPerson + row.receivedPostal;
}

/** The province's CKMB logit per month: one value for every unit. */
function simulateProvince(rng: Rng): number[] {
  let drift = normal(rng, 0, stationarySd(PROVINCE_CKMB));
  return SAMPLE_MONTHS.map((_, monthIndex) => {
    if (monthIndex > 0)
      drift = PROVINCE_CKMB.persistence * drift + normal(rng, 0, PROVINCE_CKMB.sd);
    return PROVINCE_CKMB.base + MONTHLY_TREND * monthIndex + drift;
  });
}

/** One unit's latent logits per month for the groups it earns on its own. */
function simulateUnit(unit: SampleUnit, rng: Rng): UnitLogits[] {
  const profile = profileUnit(unit);
  let unitDrift = normal(rng, 0, stationarySd(UNIT_DRIFT));
  const groupDrift = UNIT_GROUPS.map(() => normal(rng, 0, stationarySd(GROUP_DRIFT)));
  return SAMPLE_MONTHS.map((_, monthIndex) => {
    if (monthIndex > 0) {
      unitDrift = UNIT_DRIFT.persistence * unitDrift + normal(rng, 0, UNIT_DRIFT.sd);
      groupDrift.forEach((value, groupIndex) => {
        groupDrift[groupIndex] = GROUP_DRIFT.persistence * value + normal(rng, 0, GROUP_DRIFT.sd);
      });
    }
    const logit = (groupIndex: number): number => {
      const group = UNIT_GROUPS[groupIndex];
      if (!group) return 0;
      return (
        group.base +
        terrainShift(group.shift, profile.terrain) +
        QUALITY_WEIGHT * profile.quality +
        MONTHLY_TREND * monthIndex +
        unitDrift +
        (groupDrift[groupIndex] ?? 0)
      );
    };
    return { tttt: logit(0), mdsh: logit(1), mdhl: logit(2) };
  });
}

function terrainShift(shift: { urban: number; mountain: number }, terrain: Terrain): number {
  if (terrain === 'urban') return shift.urban;
  if (terrain === 'mountain') return shift.mountain;
  return 0;
}

function stationarySd(drift: { persistence: number; sd: number }): number {
  return drift.sd / Math.sqrt(1 - drift.persistence ** 2);
}

/** Raises the leader's own sub-indicators just enough to rank strictly first in that month. */
function makeLeader(counts: MetricCounts[][][], leader: number, monthIndex: number): void {
  const totals = monthTotals(counts, monthIndex);
  const best = Math.max(...totals.filter((_, unitIndex) => unitIndex !== leader));
  const cells = counts[leader]?.[monthIndex];
  if (!cells) return;
  const shortfall = best + LEAD_MARGIN_CENTS - totalCents(cells);
  if (shortfall > 0) raiseTotal(cells, shortfall, false);
}

/**
 * Competition ranking ("1, 2, 2, 4") must be exercised, so rather than hope for a natural tie,
 * lift one mid-table unit onto its neighbour's total (the next pair down if it cannot be).
 */
function forceTie(
  counts: MetricCounts[][][],
  monthIndex: number,
  exclude: readonly number[],
): void {
  const order = monthTotals(counts, monthIndex)
    .map((total, unitIndex) => ({ total, unitIndex }))
    .filter(({ unitIndex }) => !exclude.includes(unitIndex))
    .sort((a, b) => b.total - a.total || a.unitIndex - b.unitIndex);
  for (let position = TIE.position; position + 1 < order.length; position += 1) {
    const upper = order[position];
    const lower = order[position + 1];
    const cells = lower && counts[lower.unitIndex]?.[monthIndex];
    if (!upper || !cells) continue;
    const attempt = [...cells];
    try {
      raiseTotal(attempt, upper.total - lower.total, true);
    } catch {
      continue;
    }
    cells.splice(0, cells.length, ...attempt);
    return;
  }
  throw new Error('No pair of units could be tied');
}

function monthTotals(counts: MetricCounts[][][], monthIndex: number): number[] {
  return counts.map((months) => totalCents(months[monthIndex] ?? []));
}
