import type { MetricCode, MetricCounts, MetricSpec } from './index-metrics.ts';
import { METRICS, scoreCents } from './index-metrics.ts';

/**
 * Raising a unit's total, for the published facts (a leader) and the forced tie, by raising the
 * numerators of the sub-indicators it earns on its own: never CKMB (the province's), TDGQ or
 * DVCTT (the sample's dossiers), so those groups keep following their rule.
 */
const ADJUSTABLE: ReadonlySet<MetricCode> = new Set<MetricCode>([
  'ONLINE_PAYMENT',
  'ORIGINAL_RESULT_AVAILABLE',
  'SO_HOA_GIAY_TO_GIAI_QUYET',
  'REUSED_DIGITIZED_DATA',
  'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
  'CITIZEN_DATA_CONNECTED_DOSSIER',
  'CITIZEN_DATA_CONNECTED_FORMALITY',
  'DOSSIER_RECEIVING_SATISFACTION',
  'PETITION_PROCESSING_ON_TIME',
  'PETITION_HANDLING_SATISFACTION',
]);

/** The sum of the sub-indicator scores of one unit and snapshot, in hundredths. */
export function totalCents(counts: readonly MetricCounts[]): number {
  return METRICS.reduce((sum, spec, index) => sum + cellCents(spec, counts[index]), 0);
}

function cellCents(spec: MetricSpec, counts: MetricCounts | undefined): number {
  return counts === undefined ? 0 : scoreCents(spec, counts);
}

interface Candidate {
  readonly index: number;
  /** Hundredths of a point one more numerator is worth (before rounding). */
  readonly step: number;
  readonly headroom: number;
}

function candidates(counts: readonly MetricCounts[], blocked: ReadonlySet<number>): Candidate[] {
  return METRICS.flatMap((spec, index) => {
    const cell = counts[index];
    if (!ADJUSTABLE.has(spec.code) || blocked.has(index) || cell === undefined) return [];
    if ('provided' in cell || cell.numerator >= cell.denominator) return [];
    const headroom = spec.max * 100 - scoreCents(spec, cell);
    if (headroom <= 0) return [];
    const step = (spec.max * 10_000) / (cell.denominator * spec.threshold);
    return [{ index, step, headroom }];
  });
}

/**
 * Adds `amount` hundredths to the unit's total, one numerator at a time: `exact` lands on the
 * amount (finest steps first, never overshooting), otherwise reaches at least it (largest
 * headroom first). Throws when the unit has no headroom left.
 */
export function raiseTotal(counts: MetricCounts[], amount: number, exact: boolean): void {
  const blocked = new Set<number>();
  let gained = 0;
  while (exact ? gained !== amount : gained < amount) {
    const options = candidates(counts, blocked);
    const chosen = exact
      ? options.reduce<Candidate | undefined>(
          (best, c) => (!best || c.step < best.step ? c : best),
          undefined,
        )
      : options.reduce<Candidate | undefined>(
          (best, c) => (!best || c.headroom > best.headroom ? c : best),
          undefined,
        );
    const spec = chosen && METRICS[chosen.index];
    const cell = chosen && counts[chosen.index];
    if (!chosen || !spec || !cell || 'provided' in cell) {
      throw new Error('No headroom left to raise a score');
    }
    const raised = { numerator: cell.numerator + 1, denominator: cell.denominator };
    const delta = scoreCents(spec, raised) - scoreCents(spec, cell);
    if (exact && gained + delta > amount) {
      blocked.add(chosen.index);
      continue;
    }
    counts[chosen.index] = raised;
    gained += delta;
  }
}
