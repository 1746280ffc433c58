import { lastDayOfMonth, SAMPLE_MONTHS } from './months.ts';
import type { SampleUnit } from './parse-units.ts';
import { CHIEN_DAN } from './published-facts.ts';
import type { Rng } from './random.ts';
import { normal } from './random.ts';
import type { Terrain } from './unit-profile.ts';
import { profileUnit } from './unit-profile.ts';

/**
 * The six groups of Decision 766/QĐ-TTg with their maxima. `base` is the typical logit of the
 * share of points earned; `shift` moves it by terrain (online services, payment and
 * digitisation are where towns and hills differ most).
 */
export const SCORE_GROUPS = [
  { key: 'ckmb', max: 18, base: 1.7, shift: { urban: 0.15, mountain: -0.2 } },
  { key: 'tdgq', max: 20, base: 2.1, shift: { urban: 0.1, mountain: -0.25 } },
  { key: 'dvctt', max: 12, base: 1.0, shift: { urban: 0.55, mountain: -0.6 } },
  { key: 'tttt', max: 10, base: 0.6, shift: { urban: 0.6, mountain: -0.7 } },
  { key: 'mdsh', max: 22, base: 0.8, shift: { urban: 0.5, mountain: -0.6 } },
  { key: 'mdhl', max: 18, base: 2.3, shift: { urban: 0.05, mountain: -0.1 } },
] as const;

export type ScoreGroupKey = (typeof SCORE_GROUPS)[number]['key'];

export interface ScoreRow extends Readonly<Record<ScoreGroupKey, number>> {
  readonly code: string;
  readonly snapshotDate: string;
  readonly periodType: 'month';
  readonly period: string;
  /** Exactly the sum of the six rounded group scores. */
  readonly total: number;
}

const QUALITY_WEIGHT = 0.6;
/** Province-wide improvement per month, in logit units. */
const MONTHLY_TREND = 0.03;
/** Mean-reverting drift: a unit-wide component and one per group. */
const UNIT_DRIFT = { persistence: 0.75, sd: 0.07 };
const GROUP_DRIFT = { persistence: 0.6, sd: 0.12 };
/** Chiên Đàn leads by at least this much (in hundredths of a point) on 31/7/2025. */
const LEAD_MARGIN_CENTS = 40;
/** Month (index into SAMPLE_MONTHS) and rank position where a tie is forced. */
const TIE = { monthIndex: 3, position: 40 };

const MAX_CENTS: readonly number[] = SCORE_GROUPS.map((group) => group.max * 100);

/**
 * Monthly index snapshots (period to date, taken on the month's last day) for every unit and
 * month. Scores are computed in hundredths of a point so totals are exact sums.
 */
export function generateScores(units: readonly SampleUnit[], rng: Rng): ScoreRow[] {
  const cents = units.map((unit) => simulateUnit(unit, rng));
  const leader = units.findIndex((unit) => unit.code === CHIEN_DAN.code);
  const snapshotIndex = SAMPLE_MONTHS.findIndex(
    (month) => lastDayOfMonth(month) === CHIEN_DAN.firstPlaceSnapshot,
  );
  if (leader >= 0 && snapshotIndex >= 0) makeLeader(cents, leader, snapshotIndex);
  const hoangSa = units.findIndex((unit) => unit.type === 'dac_khu');
  forceTie(cents, TIE.monthIndex, [leader, hoangSa]);

  return units.flatMap((unit, unitIndex) =>
    SAMPLE_MONTHS.map((month, monthIndex) => {
      const groups = cents[unitIndex]?.[monthIndex] ?? [];
      const scores = Object.fromEntries(
        SCORE_GROUPS.map((group, groupIndex) => [group.key, (groups[groupIndex] ?? 0) / 100]),
      ) as Record<ScoreGroupKey, number>;
      return {
        code: unit.code,
        snapshotDate: lastDayOfMonth(month),
        periodType: 'month' as const,
        period: month,
        ...scores,
        total: sum(groups) / 100,
      };
    }),
  );
}

/** One unit's group scores in hundredths, [month][group]. */
function simulateUnit(unit: SampleUnit, rng: Rng): number[][] {
  const profile = profileUnit(unit);
  let unitDrift = normal(rng, 0, stationarySd(UNIT_DRIFT));
  const groupDrift = SCORE_GROUPS.map(() => normal(rng, 0, stationarySd(GROUP_DRIFT)));
  return SAMPLE_MONTHS.map((_, monthIndex) => {
    if (monthIndex > 0) {
      unitDrift = UNIT_DRIFT.persistence * unitDrift + normal(rng, 0, UNIT_DRIFT.sd);
      groupDrift.forEach((value, groupIndex) => {
        groupDrift[groupIndex] = GROUP_DRIFT.persistence * value + normal(rng, 0, GROUP_DRIFT.sd);
      });
    }
    return SCORE_GROUPS.map((group, groupIndex) => {
      const logit =
        group.base +
        terrainShift(group.shift, profile.terrain) +
        QUALITY_WEIGHT * profile.quality +
        MONTHLY_TREND * monthIndex +
        unitDrift +
        (groupDrift[groupIndex] ?? 0);
      const share = 1 / (1 + Math.exp(-logit));
      return Math.min(group.max * 100, Math.max(0, Math.round(group.max * 100 * share)));
    });
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

/** Raises the leader's groups just enough to rank strictly first in that month. */
function makeLeader(cents: number[][][], leader: number, monthIndex: number): void {
  const totals = monthTotals(cents, monthIndex);
  const best = Math.max(...totals.filter((_, unitIndex) => unitIndex !== leader));
  const groups = cents[leader]?.[monthIndex];
  if (!groups) return;
  const shortfall = best + LEAD_MARGIN_CENTS - sum(groups);
  if (shortfall > 0) raiseGroups(groups, shortfall);
}

/**
 * Competition ranking ("1, 2, 2, 4") must be exercised, so rather than hope for a natural tie,
 * lift one mid-table unit onto its neighbour's total.
 */
function forceTie(cents: number[][][], monthIndex: number, exclude: readonly number[]): void {
  const totals = monthTotals(cents, monthIndex);
  const order = totals
    .map((total, unitIndex) => ({ total, unitIndex }))
    .filter(({ unitIndex }) => !exclude.includes(unitIndex))
    .sort((a, b) => b.total - a.total || a.unitIndex - b.unitIndex);
  const upper = order[TIE.position];
  const lower = order[TIE.position + 1];
  const groups = lower && cents[lower.unitIndex]?.[monthIndex];
  if (!upper || !groups) return;
  raiseGroups(groups, upper.total - lower.total);
}

/** Adds `amount` hundredths, taking from the group with the most headroom first. */
function raiseGroups(groups: number[], amount: number): void {
  let left = amount;
  while (left > 0) {
    const room = groups.map((value, index) => (MAX_CENTS[index] ?? 0) - value);
    const index = room.indexOf(Math.max(...room));
    const step = Math.min(left, room[index] ?? 0);
    if (step <= 0) throw new Error('No headroom left to raise a score');
    groups[index] = (groups[index] ?? 0) + step;
    left -= step;
  }
}

function monthTotals(cents: number[][][], monthIndex: number): number[] {
  return cents.map((months) => sum(months[monthIndex] ?? []));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
