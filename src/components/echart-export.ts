import type * as Core from 'echarts/core';
import type { ExportLayout } from '../charts/export-footer.ts';

/** The registered ECharts (`echarts-registry.ts`, extras loaded), passed in: this is a lazy chunk. */
export type Charts = Pick<typeof Core, 'init'>;

/**
 * Chart files drawn off screen from an export layout (`withExportFooter`): never the instance on
 * screen, whose size, animation and tooltip state are the reader's. Each instance is disposed
 * as soon as its file is written.
 */

/** The chart as an SVG document (ECharts' server-side SVG string, here in the browser). */
export function chartSvg(echarts: Charts, layout: ExportLayout): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: layout.width,
    height: layout.height,
  });
  try {
    chart.setOption(layout.option, { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG data URL at twice its CSS size, on white. */
export function chartPng(echarts: Charts, layout: ExportLayout): string {
  // A detached element of the layout's size: ECharts draws into its own canvas, never shown.
  const host = document.createElement('div');
  host.style.width = `${String(layout.width)}px`;
  host.style.height = `${String(layout.height)}px`;
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    width: layout.width,
    height: layout.height,
  });
  try {
    chart.setOption(layout.option, { notMerge: true });
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  } finally {
    chart.dispose();
  }
}

/** A data URL's bytes as a Blob (the PNG is saved like every other file). */
export function dataUrlBlob(url: string): Blob {
  const [head = '', body = ''] = url.split(',', 2);
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const bytes = Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  return new Blob([bytes], { type });
}
