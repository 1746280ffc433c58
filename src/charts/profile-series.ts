import type { GroupKey } from '../data/index-groups.ts';

export interface ProfileQuartiles {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

/** One month of a unit's profile: its scores (null when absent) and the province's quartiles. */
export interface ProfileTrendMonth {
  /** `YYYY-MM`. */
  readonly period: string;
  readonly total: number | null;
  readonly rank: number | null;
  /** Units with a score that month. */
  readonly rankedCount: number;
  readonly groups: Readonly<Record<GroupKey, number>> | null;
  readonly province: Readonly<Record<'total' | GroupKey, ProfileQuartiles>> | null;
}

export interface ProfileTrendInput {
  /** The unit's name (plain text; escaped where HTML is built). */
  readonly name: string;
  readonly months: readonly ProfileTrendMonth[];
}

/** The profiled unit's line and the province band (the median uses the muted text colour). */
export const PROFILE_COLORS = { unit: '#0b5cad', band: '#a9bfd6' } as const;

/** The Q1–Q3 band is shaded translucently, so grid lines show through. */
export const PROFILE_BAND_OPACITY = 0.6;
