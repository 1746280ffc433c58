import type { OutcomeBuckets } from '../data/on-time-rates.ts';
import type { DecalPattern } from './decal-patterns.ts';

/** The outcome buckets in stacking order: done first (early → late), then still in progress. */
export const OUTCOME_KEYS = [
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingInTime',
  'pendingOverdue',
] as const satisfies readonly (keyof OutcomeBuckets)[];
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export const CHANNEL_KEYS = ['receivedOnline', 'receivedInPerson', 'receivedPostal'] as const;
export type ChannelKey = (typeof CHANNEL_KEYS)[number];

/**
 * Teal and green for in time, red for late, blue and orange for in progress. Every pair stays at
 * least 10 ΔE2000 apart for protan, deutan and tritan readers (palette-registry.test.ts); the
 * patterns are the second cue of the order (done early → late, then in progress).
 */
export const OUTCOME_COLORS: Readonly<Record<OutcomeKey, string>> = {
  resolvedEarly: '#1a6b5a',
  resolvedOnTime: '#4ac289',
  resolvedLate: '#b42318',
  pendingInTime: '#9fb2eb',
  pendingOverdue: '#e8912d',
};

export const OUTCOME_PATTERNS: Readonly<Record<OutcomeKey, DecalPattern>> = {
  resolvedEarly: 'solid',
  resolvedOnTime: 'dots',
  resolvedLate: 'stripes',
  pendingInTime: 'lines',
  pendingOverdue: 'backStripes',
};

export const CHANNEL_COLORS: Readonly<Record<ChannelKey, string>> = {
  receivedOnline: '#0072B2',
  receivedInPerson: '#E69F00',
  receivedPostal: '#8c959f',
};

/** Bars of a rate computed from fewer than 20 dossiers are drawn faded. */
export const SMALL_COUNT_OPACITY = 0.35;

/** The counts a unit bar needs (a structural subset of the dossier query's counts). */
export interface DossierChartCounts extends OutcomeBuckets {
  readonly receivedOnline: number;
  readonly receivedInPerson: number;
  readonly receivedPostal: number;
  readonly gap: number;
}

/** What the unit chart stacks: outcome buckets or reception channels (a URL choice). */
export type DossierChartMode = 'outcomes' | 'channels';
export const DOSSIER_CHART_MODES: readonly DossierChartMode[] = ['outcomes', 'channels'];
