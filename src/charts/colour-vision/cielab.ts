import type { Rgb } from './srgb.ts';

/** CIE 1976 L*a*b*. */
export interface Lab {
  readonly l: number;
  readonly a: number;
  readonly b: number;
}

// sRGB (ITU-R BT.709 primaries) to CIE XYZ, and the D65 white those rows sum to.
const WHITE = { x: 0.95047, y: 1, z: 1.08883 };
const EPSILON = (6 / 29) ** 3;

const f = (t: number) => (t > EPSILON ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);

/** Linear sRGB (0–1) → CIELAB under the D65 white point. */
export function linearRgbToLab([r, g, b]: Rgb): Lab {
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const fx = f(x / WHITE.x);
  const fy = f(y / WHITE.y);
  const fz = f(z / WHITE.z);
  return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}
