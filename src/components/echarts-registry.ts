import { BarChart } from 'echarts/charts';
import { AriaComponent, GridSimpleComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// What the first chart (the ranking's bars, their grid and axes without the axis pointer, its
// title) needs ships with the page; the
// other series, the tooltip, legend, mark lines and areas, and the SVG renderer
// (`echarts-extras.ts`) are a chunk of their own, loaded as soon as a chart is drawn. A chart of
// bars is drawn at once and drawn again, complete, when they arrive; any other chart waits for
// them. Together the two lists are exactly what `ChartOption` (src/charts/chart-option.ts)
// allows: keep them in step.
echarts.use([BarChart, AriaComponent, GridSimpleComponent, TitleComponent, CanvasRenderer]);

const CORE_SERIES: ReadonlySet<unknown> = new Set(['bar']);
const EXTRA_COMPONENTS = ['visualMap', 'dataZoom', 'dataset'] as const;

let extras: Promise<void> | null = null;
let extrasReady = false;

/** Registers every other series, component and the SVG renderer (once; shared promise). */
export function loadChartExtras(): Promise<void> {
  extras ??= import('./echarts-extras.ts')
    .then((module) => {
      module.registerExtras(echarts);
      extrasReady = true;
    })
    .catch((error: unknown) => {
      extras = null;
      throw error;
    });
  return extras;
}

export const chartExtrasReady = (): boolean => extrasReady;

/**
 * True when the option cannot be drawn without the extras: a series other than bars, or a component
 * its data depends on (a visual map, a data zoom, a dataset). Tooltips, legends and marks are
 * extras too, but a chart of bars is readable without them for the moment they take to load.
 */
export function needsExtras(option: object): boolean {
  const record = option as Record<string, unknown>;
  if (EXTRA_COMPONENTS.some((name) => record[name] !== undefined)) return true;
  const series: unknown = record.series;
  const list: unknown[] = Array.isArray(series) ? series : series === undefined ? [] : [series];
  return !list.every(
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      CORE_SERIES.has((entry as Record<string, unknown>).type),
  );
}

export { echarts };
