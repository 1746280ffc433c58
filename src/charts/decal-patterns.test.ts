import { describe, expect, it } from 'vitest';
import { decalFor } from './decal-patterns.ts';

describe('decalFor', () => {
  it('draws nothing over a solid fill', () => {
    expect(decalFor('solid', '#1a6b5a')).toBeUndefined();
  });

  it('inks the pattern light on dark fills and dark on light ones', () => {
    expect(decalFor('stripes', '#b42318')?.color).toMatch(/^rgba\(255, 255, 255/);
    expect(decalFor('dots', '#4ac289')?.color).toMatch(/^rgba\(0, 0, 0/);
    expect(decalFor('backStripes', '#e8912d')?.color).toMatch(/^rgba\(0, 0, 0/);
  });

  it('keeps the patterns apart and made of rectangles only (SVG draws decal circles empty)', () => {
    const patterns = (['dots', 'stripes', 'lines', 'backStripes'] as const).map((pattern) =>
      decalFor(pattern, '#808080'),
    );
    expect(new Set(patterns.map((decal) => JSON.stringify(decal))).size).toBe(4);
    expect(patterns.every((decal) => decal?.symbol === 'rect')).toBe(true);
  });
});
