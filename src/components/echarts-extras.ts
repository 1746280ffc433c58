import { BoxplotChart, CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, DatasetComponent, VisualMapComponent } from 'echarts/components';
import type * as Core from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/** The charts beyond the first one's bars (`echarts-registry.ts` loads this chunk). */
export function registerExtras(echarts: typeof Core): void {
  echarts.use([
    BoxplotChart,
    CustomChart,
    HeatmapChart,
    LineChart,
    ScatterChart,
    DataZoomComponent,
    DatasetComponent,
    VisualMapComponent,
    SVGRenderer,
  ]);
}
