import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// What the first chart (the ranking's bars) needs ships with the page; the other series,
// components and the SVG renderer (`echarts-extras.ts`) are a chunk of their own, loaded when a
// chart needs them and, after the first paint, in the background. Together the two lists are
// exactly what `ChartOption` (src/charts/chart-option.ts) allows: keep them in step.
echarts.use([
  BarChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

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

/** True when the option uses a series or component beyond the first chunk's. */
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
