import { describe, expect, it } from 'vitest';
import { canvasSize, REUSED_CANVAS_MAX_HEIGHT } from './canvas-size.ts';

describe('canvasSize', () => {
  const shown = { width: 1134, height: 584 };

  it('draws as shown when the chart does not reuse its canvas', () => {
    expect(canvasSize(shown, 1862, false)).toEqual(shown);
  });

  it('keeps a taller canvas, at the width shown', () => {
    expect(canvasSize(shown, 1862, true)).toEqual({ width: 1134, height: 1862 });
  });

  it('grows the canvas for a taller chart', () => {
    expect(canvasSize({ width: 900, height: 1862 }, 584, true)).toEqual({
      width: 900,
      height: 1862,
    });
  });

  it('gives back a canvas taller than the limit', () => {
    expect(canvasSize(shown, REUSED_CANVAS_MAX_HEIGHT + 1, true)).toEqual(shown);
    expect(canvasSize(shown, REUSED_CANVAS_MAX_HEIGHT, true).height).toBe(REUSED_CANVAS_MAX_HEIGHT);
  });

  it('draws a hidden chart (no width) as shown', () => {
    expect(canvasSize({ width: 0, height: 584 }, 1862, true)).toEqual({ width: 0, height: 584 });
  });
});
