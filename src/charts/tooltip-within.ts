/** The sizes ECharts gives a tooltip's position callback. */
interface TooltipSizes {
  /** The tooltip's box. */
  readonly contentSize: readonly [number, number];
  /** The chart instance's, which can be taller than the chart shown (`reusesCanvas`). */
  readonly viewSize: readonly [number, number];
}

/** The pointer's distance to the tooltip, as ECharts' own placement keeps it. */
const GAP = 20;

/**
 * A tooltip position callback: beside the pointer, below and right of it when there is room,
 * otherwise above or left, and always inside the top `height` pixels of the chart, the part
 * shown when the option is drawn on a taller canvas. Like ECharts' own placement with
 * `confine`, with the shown height in place of the canvas's.
 */
export function tooltipWithin(height: number) {
  return (
    point: readonly [number, number],
    _params: unknown,
    _element: unknown,
    _rect: unknown,
    sizes: TooltipSizes,
  ): [number, number] => {
    const [pointerX, pointerY] = point;
    const [width, tall] = sizes.contentSize;
    const viewWidth = sizes.viewSize[0];
    const x = pointerX + GAP + width > viewWidth ? pointerX - GAP - width : pointerX + GAP;
    const y = pointerY + GAP + tall > height ? pointerY - GAP - tall : pointerY + GAP;
    return [clamp(x, viewWidth - width), clamp(y, height - tall)];
  };
}

/** Between 0 and `most`, and 0 when nothing fits. */
function clamp(value: number, most: number): number {
  return Math.max(0, Math.min(value, most));
}
