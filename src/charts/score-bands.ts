/**
 * The dashboard's own colour bands on the total score (0–100). Decision 766 defines no official
 * rating: these thresholds are ours, configurable HERE ONLY, and always labelled as such.
 * Ordered from the highest `min` down; the last band must have `min: 0`.
 */
export interface ScoreBand {
  readonly id: 'good' | 'fair' | 'weak';
  /** Lowest total (inclusive) in the band. */
  readonly min: number;
  /** Text colour on the band's fill (table badges; ≥ 5:1 contrast on it). */
  readonly color: string;
  /** Background fill: table badges as is, the chart's shaded area at `BAND_AREA_OPACITY`. */
  readonly fill: string;
}

/** The chart shades bands translucently, so grid lines show through. */
export const BAND_AREA_OPACITY = 0.6;

// Aqua, yellow and salmon rather than green, yellow and pink: the light fills, and the dark text
// colours, each stay ≥ 10 ΔE2000 apart for protan, deutan and tritan readers. The chart also
// names every band in it, and the table writes the band's name in the badge.
const WEAK: ScoreBand = { id: 'weak', min: 0, color: '#881f1a', fill: '#ebbead' };

export const SCORE_BANDS: readonly ScoreBand[] = [
  { id: 'good', min: 80, color: '#036f4c', fill: '#b4f2ff' },
  { id: 'fair', min: 65, color: '#926000', fill: '#fffc8c' },
  WEAK,
];

/** The band a total score falls in (the first whose `min` it reaches). */
export function bandOf(total: number): ScoreBand {
  return SCORE_BANDS.find((band) => total >= band.min) ?? WEAK;
}

/** The upper bound of a band (exclusive), 100 for the top band: for legends and mark areas. */
export function bandUpper(band: ScoreBand): number {
  const index = SCORE_BANDS.indexOf(band);
  return index <= 0 ? 100 : (SCORE_BANDS[index - 1]?.min ?? 100);
}
