/** A chart's size in CSS pixels. */
export interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The tallest canvas a shorter chart is drawn on (CSS pixels). A taller one is given back when
 * the chart shortens: its memory (4 bytes a pixel, 18 MB at 1,134 × 4,096) outweighs the
 * switch it saves. A 94-unit ranking is 1,862 px tall; a 3,321-unit one would be 60,000.
 */
export const REUSED_CANVAS_MAX_HEIGHT = 4096;

/**
 * The size to draw a chart shown at `shown` on a canvas now `drawnHeight` tall: as shown, or,
 * when the chart reuses its canvas (`reusesCanvas` in echart.tsx), as tall as the canvas already
 * is, up to `REUSED_CANVAS_MAX_HEIGHT`. A hidden chart (no width) is drawn as shown.
 */
export function canvasSize(shown: CanvasSize, drawnHeight: number, reuses: boolean): CanvasSize {
  if (!reuses || shown.width === 0 || drawnHeight > REUSED_CANVAS_MAX_HEIGHT) return shown;
  return { width: shown.width, height: Math.max(shown.height, drawnHeight) };
}
