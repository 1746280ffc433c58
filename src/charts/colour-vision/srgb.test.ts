import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, fromLinear, parseHex, toHex, toLinear } from './srgb.ts';

describe('srgb', () => {
  it('parses long and short hex, in any case, and rejects other strings', () => {
    expect(parseHex('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(parseHex('#F80')).toEqual(parseHex('#ff8800'));
    expect(() => parseHex('red')).toThrow('Not a hex colour');
    expect(() => parseHex('#12345')).toThrow();
  });

  it('round-trips hex through linear light', () => {
    for (const hex of ['#000000', '#0072b2', '#e69f00', '#ffffff', '#7f7f7f']) {
      expect(toHex(fromLinear(toLinear(parseHex(hex))))).toBe(hex);
    }
  });

  it('uses the sRGB transfer curve (mid grey is about 21 % linear light)', () => {
    expect(toLinear(parseHex('#808080'))[0]).toBeCloseTo(0.2159, 4);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('blends a translucent fill over its background', () => {
    expect(composite('#000000', 0.5)).toBe('#808080');
    expect(composite('#ff0000', 1)).toBe('#ff0000');
    expect(composite('#0000ff', 0, '#00ff00')).toBe('#00ff00');
  });
});
