/** A chart's size in CSS pixels. */
export interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The largest canvas a shorter chart is drawn on, in device pixels (4 bytes each: 64 MB). A
 * larger one is given back when the chart shortens: its memory outweighs the switch it saves.
 * A 94-unit ranking is 1,134 × 1,862 CSS pixels on a 1,280 px screen: 2.1 M device pixels at a
 * pixel ratio of 1, 8.4 M at 2; a 3,321-unit one would be 68 M at 1.
 */
export const REUSED_CANVAS_MAX_PIXELS = 16 * 1024 * 1024;

/**
 * The size to draw a chart shown at `shown` on a canvas now `drawnHeight` tall: as shown, or,
 * when the chart reuses its canvas (`reusesCanvas` in echart.tsx), as tall as the canvas already
 * is, unless that canvas is over `REUSED_CANVAS_MAX_PIXELS` at `pixelRatio` (the screen's device
 * pixels per CSS pixel). A hidden chart (no width) is drawn as shown.
 */
export function canvasSize(
  shown: CanvasSize,
  drawnHeight: number,
  reuses: boolean,
  pixelRatio: number,
): CanvasSize {
  const pixels = shown.width * drawnHeight * pixelRatio * pixelRatio;
  if (!reuses || shown.width === 0 || pixels > REUSED_CANVAS_MAX_PIXELS) return shown;
  return { width: shown.width, height: Math.max(shown.height, drawnHeight) };
}
