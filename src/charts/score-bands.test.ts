import { describe, expect, it } from 'vitest';
import { bandOf, bandUpper, SCORE_BANDS } from './score-bands.ts';

describe('score bands', () => {
  it('puts thresholds in the band they open', () => {
    expect(bandOf(80).id).toBe('good');
    expect(bandOf(79.99).id).toBe('fair');
    expect(bandOf(65).id).toBe('fair');
    expect(bandOf(0).id).toBe('weak');
  });
  it('covers 0–100 without gaps', () => {
    expect(SCORE_BANDS.at(-1)?.min).toBe(0);
    expect(SCORE_BANDS.map((band) => [band.min, bandUpper(band)])).toEqual([
      [80, 100],
      [65, 80],
      [0, 65],
    ]);
  });
});
