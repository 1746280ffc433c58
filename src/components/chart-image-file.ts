import type { ChartOption } from '../charts/chart-option.ts';
import { chartTitleText, withExportFooter } from '../charts/export-footer.ts';
import { exportFooterLines, type ExportProvenance } from '../charts/export-provenance.ts';
import { lightTheme } from '../charts/theme.ts';
import type { Translate } from '../i18n/translate.ts';
import { chartPng, chartSvg, dataUrlBlob, type Charts } from './echart-export.ts';
import type { ExportRequest } from './export-context.ts';

export interface ChartImageRequest {
  readonly option: ChartOption;
  /** The chart's accessible name: the image's title when the option draws none. */
  readonly label: string;
  readonly filtered: boolean;
  readonly datasets: ExportRequest['datasets'];
  /** The size shown on screen. */
  readonly size: { readonly width: number; readonly height: number };
  readonly provenanceOf: (request: ExportRequest) => ExportProvenance;
  readonly t: Translate;
  /** ECharts with the extras registered. */
  readonly echarts: Charts;
}

/**
 * A chart as a PNG or an SVG image, drawn off screen from its option at the size shown, with its
 * provenance written under it (`withExportFooter`). A chunk of its own, loaded on the first
 * download (the extras it draws with are loaded by then).
 */
export function chartImageFile(kind: 'png' | 'svg', request: ChartImageRequest): Blob {
  const drawnTitle = chartTitleText(request.option);
  const provenance = request.provenanceOf({
    title: drawnTitle ?? request.label,
    filtered: request.filtered,
    datasets: request.datasets,
  });
  const lines = exportFooterLines(provenance, request.t, { drawsTitle: drawnTitle !== null });
  const layout = withExportFooter(request.option, lines, request.size, lightTheme);
  return kind === 'png'
    ? dataUrlBlob(chartPng(request.echarts, layout))
    : new Blob([chartSvg(request.echarts, layout)], { type: 'image/svg+xml' });
}
