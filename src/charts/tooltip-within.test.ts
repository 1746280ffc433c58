import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooltipWithin } from './tooltip-within.ts';

const place = (height: number, point: [number, number], content: [number, number]) =>
  tooltipWithin(height)(point, null, null, null, {
    contentSize: content,
    viewSize: [600, 1900],
  });

describe('tooltipWithin', () => {
  it('sits below and right of the pointer when there is room', () => {
    expect(place(400, [100, 50], [200, 150])).toEqual([120, 70]);
  });

  it('goes above the pointer near the bottom of the chart shown, not of the taller canvas', () => {
    expect(place(400, [100, 350], [200, 150])).toEqual([120, 180]);
  });

  it('goes left of the pointer near the right edge', () => {
    expect(place(400, [500, 50], [200, 150])).toEqual([280, 70]);
  });

  it('stays inside the chart shown wherever the pointer is (seeded)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 240, max: 1900 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 1900 }),
        fc.integer({ min: 40, max: 300 }),
        fc.integer({ min: 40, max: 230 }),
        (height, x, y, width, tall) => {
          const [left, top] = place(height, [x, Math.min(y, height)], [width, tall]);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left + width).toBeLessThanOrEqual(600);
          expect(top).toBeGreaterThanOrEqual(0);
          expect(top + tall).toBeLessThanOrEqual(height);
        },
      ),
      { seed: 20261204 },
    );
  });

  it('is placed at the top when the tooltip is taller than the chart', () => {
    expect(place(200, [100, 150], [200, 260])[1]).toBe(0);
  });
});
