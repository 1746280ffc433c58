import { describe, expect, it } from 'vitest';
import { canvasSize, REUSED_CANVAS_MAX_PIXELS } from './canvas-size.ts';

describe('canvasSize', () => {
  const shown = { width: 1134, height: 584 };

  it('draws as shown when the chart does not reuse its canvas', () => {
    expect(canvasSize(shown, 1862, false, 1)).toEqual(shown);
  });

  it('keeps a taller canvas, at the width shown', () => {
    expect(canvasSize(shown, 1862, true, 1)).toEqual({ width: 1134, height: 1862 });
    expect(canvasSize(shown, 1862, true, 2)).toEqual({ width: 1134, height: 1862 });
  });

  it('grows the canvas for a taller chart', () => {
    expect(canvasSize({ width: 900, height: 1862 }, 584, true, 1)).toEqual({
      width: 900,
      height: 1862,
    });
  });

  it('gives back a canvas of more device pixels than the limit', () => {
    const tallest = REUSED_CANVAS_MAX_PIXELS / shown.width;
    expect(canvasSize(shown, Math.floor(tallest), true, 1).height).toBe(Math.floor(tallest));
    expect(canvasSize(shown, Math.ceil(tallest) + 1, true, 1)).toEqual(shown);
    // The same canvas on a screen of 3 device pixels per CSS pixel holds 9 times the memory.
    expect(canvasSize(shown, Math.floor(tallest / 4), true, 3)).toEqual(shown);
    // A 3,321-unit ranking (60,000 px) is never kept.
    expect(canvasSize(shown, 60_000, true, 1)).toEqual(shown);
  });

  it('draws a hidden chart (no width) as shown', () => {
    expect(canvasSize({ width: 0, height: 584 }, 1862, true, 1)).toEqual({
      width: 0,
      height: 584,
    });
  });
});
