import { describe, expect, it } from 'vitest';
import { linearRgbToLab } from './cielab.ts';
import { parseHex, toLinear } from './srgb.ts';

const labOf = (hex: string) => linearRgbToLab(toLinear(parseHex(hex)));

describe('linearRgbToLab', () => {
  it('puts the D65 white at L* 100 on the neutral axis, and black at 0', () => {
    const white = labOf('#ffffff');
    expect(white.l).toBeCloseTo(100, 3);
    expect(white.a).toBeCloseTo(0, 2);
    expect(white.b).toBeCloseTo(0, 2);
    expect(labOf('#000000')).toEqual({ l: 0, a: 0, b: 0 });
  });

  it('gives the textbook coordinates of the sRGB primaries and a mid grey', () => {
    const red = labOf('#ff0000');
    expect([red.l, red.a, red.b].map((v) => Math.round(v * 10) / 10)).toEqual([53.2, 80.1, 67.2]);
    const green = labOf('#00ff00');
    expect([green.l, green.a, green.b].map((v) => Math.round(v * 10) / 10)).toEqual([
      87.7, -86.2, 83.2,
    ]);
    const blue = labOf('#0000ff');
    expect([blue.l, blue.a, blue.b].map((v) => Math.round(v * 10) / 10)).toEqual([
      32.3, 79.2, -107.9,
    ]);
    expect(labOf('#777777').l).toBeCloseTo(50.0, 0);
  });
});
