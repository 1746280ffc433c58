import { describe, expect, it } from 'vitest';
import { colourDifference, labAsSeen } from './colour-difference.ts';
import { simulateCvd, VISIONS } from './simulate-cvd.ts';

describe('simulateCvd', () => {
  it('leaves greys grey: every row of each matrix sums to 1', () => {
    for (const vision of VISIONS) {
      const [r, g, b] = simulateCvd([0.4, 0.4, 0.4], vision);
      expect(r).toBeCloseTo(0.4, 5);
      expect(g).toBeCloseTo(0.4, 5);
      expect(b).toBeCloseTo(0.4, 5);
    }
  });

  it('is the identity for normal vision', () => {
    expect(simulateCvd([0.1, 0.5, 0.9], 'normal')).toEqual([0.1, 0.5, 0.9]);
  });

  it('clamps results into the displayable gamut', () => {
    for (const vision of VISIONS) {
      for (const channel of simulateCvd([1, 0, 1], vision)) {
        expect(channel).toBeGreaterThanOrEqual(0);
        expect(channel).toBeLessThanOrEqual(1);
      }
    }
  });

  it('takes the red–green axis away from protanopes and deuteranopes, blue–yellow from tritanopes', () => {
    // Pure red and green land near the same hue for red–green dichromats…
    const red = labAsSeen('#ff0000', 'deuteranopia');
    const green = labAsSeen('#00ff00', 'deuteranopia');
    expect(Math.abs(red.a)).toBeLessThan(15);
    expect(Math.abs(green.a)).toBeLessThan(15);
    // …while a tritanope loses most of the difference between a blue and a green of one lightness.
    expect(colourDifference('#3a7bd5', '#3e9a4f', 'tritanopia')).toBeLessThan(
      colourDifference('#3a7bd5', '#3e9a4f', 'normal') / 2,
    );
  });
});

describe('colourDifference (issue 12 regressions)', () => {
  it('reproduces the reported clashes of the old palettes', () => {
    // Dossier outcomes "trước hạn" and "trễ hạn" under protanopia.
    expect(colourDifference('#116329', '#cf222e', 'protanopia')).toBeCloseTo(4.2, 1);
    // Petition topics "Y tế" and "Khác" under deuteranopia.
    expect(colourDifference('#CC79A7', '#8c959f', 'deuteranopia')).toBeCloseTo(1.8, 1);
  });
});
