import { PETITION_TOPICS, UNIT_TYPES } from '../data/schema.ts';
import { ACTIVITY_COLORS } from './activity-series.ts';
import type { NamedColour } from './colour-vision/palette-check.ts';
import { composite } from './colour-vision/srgb.ts';
import { COMPARE_COLORS } from './compare-series.ts';
import {
  CHANNEL_COLORS,
  CHANNEL_KEYS,
  OUTCOME_COLORS as DOSSIER_OUTCOME_COLORS,
  OUTCOME_KEYS as DOSSIER_OUTCOME_KEYS,
} from './dossier-series.ts';
import {
  OUTCOME_COLORS as PETITION_OUTCOME_COLORS,
  PETITION_OUTCOMES,
  TOPIC_COLORS,
} from './petition-series.ts';
import { PROFILE_BAND_OPACITY, PROFILE_COLORS } from './profile-series.ts';
import { CHANGE_COLORS } from './rank-change-series.ts';
import { BAND_AREA_OPACITY, SCORE_BANDS } from './score-bands.ts';
import { lightTheme } from './theme.ts';

/** The colours that can appear together in one chart (or one table's badges). */
export interface CategoricalPalette {
  readonly id: string;
  /** Where it is drawn. */
  readonly usedBy: readonly string[];
  /** Whose categories have an order; those charts carry a second cue (pattern or label). */
  readonly ordered: boolean;
  /** Each series' colour as drawn (translucent fills blended over white). */
  readonly colours: readonly NamedColour[];
  /** What the series are drawn over, which every colour must also stand out from. */
  readonly backgrounds: readonly NamedColour[];
}

const WHITE: NamedColour = ['background', '#ffffff'];
const { text, mutedText, accent, unitType } = lightTheme;
const entries = <K extends string>(keys: readonly K[], colours: Readonly<Record<K, string>>) =>
  keys.map((key): NamedColour => [key, colours[key]]);

/** The chart's shaded score bands as drawn: the ranking's bars stand on them. */
export const BAND_AREAS: readonly NamedColour[] = SCORE_BANDS.map((band) => [
  `band ${band.id}`,
  composite(band.fill, BAND_AREA_OPACITY),
]);

/**
 * Every categorical palette of the dashboard. `palette-registry.test.ts` holds each one to
 * ≥ 10 ΔE2000 between any two colours, under normal vision and simulated protanopia,
 * deuteranopia and tritanopia; `palette-coverage.test.ts` checks every builder draws its series
 * from one of them. Not here: the heatmap's sequential ramp (a continuous scale, read through its
 * legend) and reference marks drawn as lines with their own labels (medians, the focus month).
 */
export const PALETTES: readonly CategoricalPalette[] = [
  {
    id: 'dossier-outcomes',
    usedBy: ['build-dossier-units-option', 'build-dossier-trend-option'],
    ordered: true,
    colours: [...entries(DOSSIER_OUTCOME_KEYS, DOSSIER_OUTCOME_COLORS), ['rate line', text]],
    backgrounds: [WHITE],
  },
  {
    id: 'dossier-channels',
    usedBy: ['build-dossier-units-option'],
    ordered: false,
    colours: entries(CHANNEL_KEYS, CHANNEL_COLORS),
    backgrounds: [WHITE],
  },
  {
    id: 'petition-outcomes',
    usedBy: ['build-petition-units-option', 'build-petition-trend-option'],
    ordered: true,
    colours: [...entries(PETITION_OUTCOMES, PETITION_OUTCOME_COLORS), ['answered line', text]],
    backgrounds: [WHITE],
  },
  {
    id: 'petition-topics',
    usedBy: ['build-petition-units-option'],
    ordered: false,
    colours: entries(PETITION_TOPICS, TOPIC_COLORS),
    backgrounds: [WHITE],
  },
  {
    id: 'unit-types',
    usedBy: ['build-ranking-option'],
    ordered: false,
    colours: entries(UNIT_TYPES, unitType),
    backgrounds: [WHITE, ...BAND_AREAS],
  },
  {
    id: 'score-band-areas',
    usedBy: ['build-ranking-option (bands on)'],
    ordered: true,
    colours: BAND_AREAS,
    backgrounds: [],
  },
  {
    id: 'score-band-text',
    usedBy: ['views/ranking/ranking-table (band badges)'],
    ordered: true,
    colours: SCORE_BANDS.map((band): NamedColour => [band.id, band.color]),
    backgrounds: [],
  },
  {
    id: 'compared-units',
    usedBy: ['build-compare-option'],
    ordered: false,
    colours: COMPARE_COLORS.map((hex, index): NamedColour => [`unit ${String(index + 1)}`, hex]),
    backgrounds: [WHITE],
  },
  {
    id: 'rank-change',
    usedBy: ['build-rank-change-option'],
    ordered: false,
    colours: [
      ['gain', CHANGE_COLORS.gain],
      ['loss', CHANGE_COLORS.loss],
      ['total', text],
    ],
    backgrounds: [WHITE],
  },
  {
    id: 'unit-profile',
    usedBy: ['build-profile-rank-option', 'build-profile-groups-option'],
    ordered: false,
    colours: [
      ['unit', PROFILE_COLORS.unit],
      ['province median', mutedText],
      ['province Q1–Q3', composite(PROFILE_COLORS.band, PROFILE_BAND_OPACITY)],
    ],
    backgrounds: [WHITE],
  },
  {
    id: 'dossier-activity',
    usedBy: ['build-commune-activity-option (views/commune-profile/profile-activity)'],
    ordered: false,
    colours: [
      ['received', ACTIVITY_COLORS.received],
      ['resolved', ACTIVITY_COLORS.resolved],
    ],
    backgrounds: [WHITE],
  },
  {
    id: 'petition-activity',
    usedBy: ['build-commune-activity-option (views/commune-profile/profile-activity)'],
    ordered: false,
    colours: [
      ['received', ACTIVITY_COLORS.received],
      ['pending', ACTIVITY_COLORS.pending],
    ],
    backgrounds: [WHITE],
  },
  {
    id: 'score-distribution',
    usedBy: ['build-distribution-option'],
    ordered: false,
    // The box is outlined in the muted text colour; units are translucent dots (opacity 0.45).
    colours: [
      ['box', mutedText],
      ['units', composite(unitType.xa, 0.45)],
      ['selected unit', accent],
    ],
    backgrounds: [WHITE],
  },
];
