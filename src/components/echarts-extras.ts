import { BoxplotChart, CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import type * as Core from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The charts beyond the first one's bars, and what completes those (tooltip, legend, marks):
 * `echarts-registry.ts` loads this chunk.
 */
export function registerExtras(echarts: typeof Core): void {
  echarts.use([
    BoxplotChart,
    CustomChart,
    HeatmapChart,
    LineChart,
    ScatterChart,
    DataZoomComponent,
    DatasetComponent,
    // The grid with its axis pointer (what an axis tooltip draws).
    GridComponent,
    LegendComponent,
    MarkAreaComponent,
    MarkLineComponent,
    TooltipComponent,
    VisualMapComponent,
    SVGRenderer,
  ]);
}
