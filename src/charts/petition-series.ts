import type { PetitionTopic } from '../data/schema.ts';

/** The four outcomes of a voters' petition, in stacking order (answered first). */
export const PETITION_OUTCOMES = [
  'answeredOnSpot',
  'answeredLater',
  'transferred',
  'pending',
] as const;
export type PetitionOutcome = (typeof PETITION_OUTCOMES)[number];

export const OUTCOME_COLORS: Readonly<Record<PetitionOutcome, string>> = {
  answeredOnSpot: '#116329',
  answeredLater: '#4ac26b',
  transferred: '#8250df',
  pending: '#fb8f44',
};

// Okabe–Ito plus two greys: eight topics stay distinguishable for colour-blind readers.
export const TOPIC_COLORS: Readonly<Record<PetitionTopic, string>> = {
  dat_dai: '#E69F00',
  ha_tang_giao_thong: '#56B4E9',
  chinh_sach_xa_hoi: '#009E73',
  y_te: '#CC79A7',
  giao_duc: '#0072B2',
  moi_truong: '#6b8e23',
  kinh_te_ngan_sach: '#D55E00',
  khac: '#8c959f',
};

export interface PetitionChartCounts {
  readonly received: number;
  readonly answeredOnSpot: number;
  readonly answeredLater: number;
  readonly transferred: number;
  readonly pending: number;
  readonly byTopic: Readonly<Record<PetitionTopic, number>>;
}

/** What the unit chart shows and how it counts (URL choices). */
export type PetitionChartMode = 'topics' | 'outcomes';
export const PETITION_CHART_MODES: readonly PetitionChartMode[] = ['topics', 'outcomes'];
export type PetitionMeasure = 'count' | 'per10k';
export const PETITION_MEASURES: readonly PetitionMeasure[] = ['count', 'per10k'];
