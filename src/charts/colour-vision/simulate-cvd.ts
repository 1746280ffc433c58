import type { Rgb } from './srgb.ts';

/** Normal trichromatic vision and the three complete dichromacies. */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

type Matrix = readonly [Rgb, Rgb, Rgb];

/**
 * Severity 1.0 matrices of G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE Transactions on
 * Visualization and Computer Graphics 15(6), 2009, pp. 1291–1298 (the table of matrices on the
 * authors' page). They act on LINEAR RGB: applied to gamma-encoded values they simulate too weak
 * a deficiency for dark colours and too strong for light ones.
 */
const MACHADO_2009: Readonly<Record<Exclude<Vision, 'normal'>, Matrix>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** How a linear-RGB colour looks to a reader with `vision` (clamped to the displayable gamut). */
export function simulateCvd(linear: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return linear;
  const [r0, r1, r2] = MACHADO_2009[vision];
  const row = (m: Rgb) => clamp(m[0] * linear[0] + m[1] * linear[1] + m[2] * linear[2]);
  return [row(r0), row(r1), row(r2)];
}
