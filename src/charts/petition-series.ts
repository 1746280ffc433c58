import type { PetitionTopic } from '../data/schema.ts';
import type { DecalPattern } from './decal-patterns.ts';

/** The four outcomes of a voters' petition, in stacking order (answered first). */
export const PETITION_OUTCOMES = [
  'answeredOnSpot',
  'answeredLater',
  'transferred',
  'pending',
] as const;
export type PetitionOutcome = (typeof PETITION_OUTCOMES)[number];

/**
 * The dossier outcomes' colours where the meaning matches (answered: teal, green; not yet:
 * orange), violet for handed on; patterns repeat the order without colour.
 */
export const OUTCOME_COLORS: Readonly<Record<PetitionOutcome, string>> = {
  answeredOnSpot: '#1a6b5a',
  answeredLater: '#4ac289',
  transferred: '#8057ce',
  pending: '#e8912d',
};

export const OUTCOME_PATTERNS: Readonly<Record<PetitionOutcome, DecalPattern>> = {
  answeredOnSpot: 'solid',
  answeredLater: 'dots',
  transferred: 'lines',
  pending: 'backStripes',
};

// Okabe–Ito hues, with environment darkened to a grey-green, economy and "other" shifted, so all
// eight stay ≥ 10 ΔE2000 apart (and from the white background) for the three dichromacies.
export const TOPIC_COLORS: Readonly<Record<PetitionTopic, string>> = {
  dat_dai: '#e7a111',
  ha_tang_giao_thong: '#53b6ee',
  chinh_sach_xa_hoi: '#18a16b',
  y_te: '#c181b1',
  giao_duc: '#0071b1',
  moi_truong: '#5b704c',
  kinh_te_ngan_sach: '#dc5714',
  khac: '#808182',
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
