import type { ChartOption } from '../charts/chart-option.ts';
import { canvasSize, type CanvasSize } from './canvas-size.ts';
import { echarts } from './echarts-registry.ts';

/** How an instance draws: on a canvas on screen, as SVG in print. */
export type Renderer = 'canvas' | 'svg';

/** A live ECharts instance, the element it draws into and how it draws. */
export interface Drawn {
  readonly chart: echarts.ECharts;
  readonly host: HTMLDivElement;
  readonly renderer: Renderer;
}

/** A new instance in a host element of its own inside `container`. */
export function draw(container: HTMLElement, renderer: Renderer): Drawn {
  // Each instance gets its own host element, so a re-mount never meets a dying instance.
  const host = document.createElement('div');
  host.className = 'echart-host';
  container.appendChild(host);
  return { chart: echarts.init(host, null, { renderer }), host, renderer };
}

/**
 * The size to draw a chart shown at `shown` at (`canvasSize`: with `reusesCanvas`, as tall as
 * its canvas already is), from the instance's own record: no layout is read.
 */
export function drawSize({ chart }: Drawn, shown: CanvasSize, reusesCanvas: boolean): CanvasSize {
  return canvasSize(shown, chart.getHeight(), reusesCanvas, window.devicePixelRatio);
}

/** Whether the instance is drawn at `size` (its own record: no layout is read). */
export function drawnAt({ chart }: Drawn, size: CanvasSize): boolean {
  return chart.getWidth() === size.width && chart.getHeight() === size.height;
}

/**
 * Draws `option` in place of the current one (no merging), for a chart shown at `shown`: the
 * container's observed width and the height given with the option (`drawSize`). When that
 * differs from the size drawn (a filter that hides bars makes the chart shorter), the option is
 * drawn once, at the new size, instead of at the old size and again on the resize observer's
 * call. The size is given, never read from the page: reading it in the middle of a switch would
 * lay out the page (a table of 94 rows under the chart) before the frame does.
 */
export function replaceOption(
  drawn: Drawn,
  option: ChartOption,
  shown: CanvasSize,
  reusesCanvas: boolean,
): void {
  const size = drawSize(drawn, shown, reusesCanvas);
  if (size.width === 0 || drawnAt(drawn, size)) {
    drawn.chart.setOption(option, { notMerge: true });
    return;
  }
  // ECharts' own pattern: a pending (lazy) update is drawn by `resize`, once.
  drawn.chart.setOption(option, { notMerge: true, lazyUpdate: true });
  drawn.chart.resize(size);
}

/** Takes the instance off the page and disposes it once its queued frames have run. */
export function release({ chart, host }: Drawn): void {
  host.remove();
  // zrender's painter can have an animation frame queued that does not check for disposal
  // ("Cannot read properties of null (reading 'layerStack')", seen once in CI on a panel
  // switch): let queued frames run against the live, detached instance, then dispose.
  requestAnimationFrame(() => {
    requestAnimationFrame(() => {
      chart.dispose();
    });
  });
}

/**
 * zrender's DOM painter writes a fixed-size `<svg>` without a `viewBox`; with one, the print
 * style sheet can scale the drawing to the printed width and it stays a vector.
 */
export function fitToWidth({ chart, host }: Drawn): void {
  host
    .querySelector('svg')
    ?.setAttribute('viewBox', `0 0 ${String(chart.getWidth())} ${String(chart.getHeight())}`);
}
