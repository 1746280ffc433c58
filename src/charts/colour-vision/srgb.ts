/** A colour as three channels in 0–1: gamma-encoded sRGB or linear light, as the name says. */
export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** `#rrggbb` or `#rgb` → gamma-encoded sRGB channels in 0–1. Throws on anything else. */
export function parseHex(hex: string): Rgb {
  const match = HEX.exec(hex);
  if (match?.[1] === undefined) throw new Error(`Not a hex colour: ${hex}`);
  const digits = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
  const channel = (index: number) => parseInt(digits.slice(index, index + 2), 16) / 255;
  return [channel(0), channel(2), channel(4)];
}

/** sRGB channels (0–1) → `#rrggbb`, each channel clamped and rounded. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((value) =>
      Math.round(Math.min(1, Math.max(0, value)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

// IEC 61966-2-1 transfer function.
const decode = (value: number) =>
  value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
const encode = (value: number) =>
  value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055;

export function toLinear(rgb: Rgb): Rgb {
  return [decode(rgb[0]), decode(rgb[1]), decode(rgb[2])];
}

export function fromLinear(rgb: Rgb): Rgb {
  return [encode(rgb[0]), encode(rgb[1]), encode(rgb[2])];
}

/**
 * The colour a fill of `opacity` shows over `background`, blended in gamma-encoded sRGB as
 * browsers and ECharts' renderers do.
 */
export function composite(hex: string, opacity: number, background = '#ffffff'): string {
  const top = parseHex(hex);
  const bottom = parseHex(background);
  const mix = (i: 0 | 1 | 2) => top[i] * opacity + bottom[i] * (1 - opacity);
  return toHex([mix(0), mix(1), mix(2)]);
}

/** WCAG 2 relative luminance of a hex colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = toLinear(parseHex(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio (1–21) between two hex colours. */
export function contrastRatio(a: string, b: string): number {
  const one = relativeLuminance(a);
  const two = relativeLuminance(b);
  return (Math.max(one, two) + 0.05) / (Math.min(one, two) + 0.05);
}
