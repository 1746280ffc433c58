/**
 * The dashboard's own colour bands on the total score (0–100). Decision 766 defines no official
 * rating: these thresholds are ours, configurable HERE ONLY, and always labelled as such.
 * Ordered from the highest `min` down; the last band must have `min: 0`.
 */
export interface ScoreBand {
  readonly id: 'good' | 'fair' | 'weak';
  /** Lowest total (inclusive) in the band. */
  readonly min: number;
  /** Text colour and background fill. */
  readonly color: string;
  readonly fill: string;
}

const WEAK: ScoreBand = { id: 'weak', min: 0, color: '#b3261e', fill: '#ffebe9' };

export const SCORE_BANDS: readonly ScoreBand[] = [
  { id: 'good', min: 80, color: '#1a7f37', fill: '#dafbe1' },
  { id: 'fair', min: 65, color: '#9a6700', fill: '#fff8c5' },
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
