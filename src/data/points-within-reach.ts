import { scoreByRule, type MetricRule } from './metric-rules.ts';

/** One sub-indicator's published figures (`index_metrics`). */
export interface MetricFigures {
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Percent, as published. */
  readonly ratio: number | null;
  readonly score: number | null;
  readonly max: number;
}

/** Why points within reach cannot be counted in items. */
export type NoReachReason =
  /** The sub-indicator carries no points (max 0: monitored only). */
  | 'not-scored'
  /** The portal gave no score. */
  | 'no-score'
  /** Nothing to count (denominator 0): no dossier, no petition. */
  | 'no-items'
  /** Only a ratio is published, no numerator or denominator. */
  | 'no-counts'
  /** The published ratio is not numerator ÷ denominator (a composite ratio). */
  | 'ratio-not-counts'
  /** The scoring rule is not published. */
  | 'rule-not-published'
  /** The rule does not give the published score for these figures (another rule applies). */
  | 'rule-mismatch';

export type PointsWithinReach =
  | { readonly kind: 'full'; readonly pointsLost: 0 }
  | {
      readonly kind: 'gain';
      /** max − score. */
      readonly pointsLost: number;
      /** More numerator items, at the same denominator, that reach the maximum by the rule. */
      readonly items: number;
      /** The points those items gain: up to the maximum, so `pointsLost`. */
      readonly points: number;
      /** The points one more item earns below the threshold: max ÷ (threshold × denominator). */
      readonly perItem: number;
    }
  | { readonly kind: 'none'; readonly reason: NoReachReason; readonly pointsLost: number | null };

/** The published ratio is rounded (two decimals, sometimes one); beyond this it is not n ÷ d. */
const RATIO_TOLERANCE = 0.06;
/** The published score is rounded to 0.01; beyond this the rule does not explain it. */
const SCORE_TOLERANCE = 0.011;
const EPSILON = 1e-9;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * What a sub-indicator lost and what is within reach: how many more items (dossiers on time,
 * digitised, paid online, satisfied, …) at the same denominator bring it to its maximum by its
 * rule, and how many points that gains. `rule` null: the rule is not published. Items are
 * counted only where the rule gives the published score for the published figures.
 */
export function pointsWithinReach(
  figures: MetricFigures,
  rule: MetricRule | null,
): PointsWithinReach {
  const { numerator, denominator, ratio, score, max } = figures;
  if (max <= 0) return { kind: 'none', reason: 'not-scored', pointsLost: null };
  if (score === null) {
    return { kind: 'none', reason: denominator === 0 ? 'no-items' : 'no-score', pointsLost: null };
  }
  const pointsLost = round2(Math.max(0, max - score));
  if (pointsLost <= 0) return { kind: 'full', pointsLost: 0 };
  const none = (reason: NoReachReason): PointsWithinReach => ({ kind: 'none', reason, pointsLost });
  if (rule === null) return none('rule-not-published');
  if (denominator === 0) return none('no-items');
  if (numerator === null || denominator === null) return none('no-counts');
  const share = (100 * numerator) / denominator;
  if (ratio !== null && Math.abs(share - ratio) > RATIO_TOLERANCE) return none('ratio-not-counts');
  if (Math.abs(scoreByRule(rule, share, max) - score) > SCORE_TOLERANCE) {
    return none('rule-mismatch');
  }
  // The smallest count at which numerator ÷ denominator reaches the threshold.
  const fullAt = (rule.threshold * denominator) / 100;
  const items = Math.ceil(fullAt - EPSILON) - numerator;
  if (items <= 0) return none('rule-mismatch');
  return { kind: 'gain', pointsLost, items, points: pointsLost, perItem: max / fullAt };
}
