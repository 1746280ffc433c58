import type { OutcomeBuckets } from '../data/on-time-rates.ts';

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

/** Greens for in-time, red for late, blue/orange for in progress: readable without colour too (legend, table). */
export const OUTCOME_COLORS: Readonly<Record<OutcomeKey, string>> = {
  resolvedEarly: '#116329',
  resolvedOnTime: '#4ac26b',
  resolvedLate: '#cf222e',
  pendingInTime: '#54aeff',
  pendingOverdue: '#fb8f44',
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
