import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from '../charts/chart-option.ts';
import type { DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { DownloadFileButton } from './download-file-button.tsx';
import type { ChartImageRequest } from './chart-image-file.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { chartDrawn } from './first-chart-drawn.ts';
import { chartExtrasReady, echarts, loadChartExtras, needsExtras } from './echarts-registry.ts';
import {
  draw,
  drawnAt,
  drawSize,
  fitToWidth,
  release,
  replaceOption,
  type Drawn,
  type Renderer,
} from './echart-instance.ts';
import { useExportProvenance } from './export-context.ts';

interface EChartProps {
  readonly option: ChartOption;
  readonly height: number;
  /** Names the chart for assistive technology; the view also renders a table alternative. */
  readonly label: string;
  readonly testId?: string;
  /** File name (without extension) of the PNG and SVG downloads; defaults to the test id. */
  readonly fileName?: string;
  /**
   * The view's filters hide rows of this chart (the ranking, the heatmap): its images name them.
   * False for a chart no filter touches.
   */
  readonly filtered?: boolean;
  /** The datasets drawn, when not all of the view's (a profile's dossier chart: dossiers). */
  readonly datasets?: readonly DatasetId[];
  /** Print copies drawn off screen offer no downloads. */
  readonly downloads?: boolean;
  /**
   * The option lays itself out from the top at fixed pixel heights (its plot has a `height`, no
   * component is placed from the bottom), so drawn on a taller canvas its top `height` pixels
   * look the same. The chart then keeps the tallest canvas it has drawn and shows its top
   * `height` pixels: a filter that shortens the chart, and the switch back, draw on the canvas
   * already there (up to a size, `canvas-size.ts`). A new canvas of a 94-unit ranking (1.9 M
   * pixels) costs Chromium ~15–20 ms of the switch: allocating and clearing it, and handing it
   * to the compositor.
   */
  readonly reusesCanvas?: boolean;
}

/**
 * The only component that touches an ECharts instance: creates it once, replaces the whole
 * option on every change (no merging with a previous one), follows the container's size and
 * disposes on unmount. Draws on a canvas on screen and as SVG in print (`beforeprint` to
 * `afterprint`), so printed charts are vectors. Offers the chart as a PNG and an SVG image, each
 * drawn off screen from the same option at the size shown, with its provenance written under it
 * (`withExportFooter`: filters, coverage, sources, data date, page address, export time, sample
 * mark). A chart that fails to draw says so in its place and tries again with the next option;
 * the rest of the page is not affected.
 */
export function EChart(props: EChartProps) {
  return (
    <ErrorBoundary scope="chart" resetKey={props.option}>
      <EChartCanvas {...props} />
    </ErrorBoundary>
  );
}

function EChartCanvas({
  option,
  height,
  label,
  testId,
  fileName,
  filtered = false,
  datasets,
  downloads = true,
  reusesCanvas = false,
}: EChartProps) {
  const { t } = useI18n();
  const provenanceOf = useExportProvenance();
  const containerRef = useRef<HTMLDivElement>(null);
  const drawnRef = useRef<Drawn | null>(null);
  // The container's width as last observed (0 before the first draw). A new option is drawn at
  // this width and at `height` without asking the page for its layout in the middle of a switch.
  const widthRef = useRef(0);
  // The size to draw at: the container's width, and `height` or, with `reusesCanvas`, the
  // canvas's own height when that is taller. Read by the resize observer.
  const reusesRef = useRef(reusesCanvas);
  useEffect(() => {
    reusesRef.current = reusesCanvas;
  }, [reusesCanvas]);

  // The option drawn last, for a redraw with the other renderer.
  const optionRef = useRef(option);
  // A new instance in place of the current one: ECharts builds an instance's processing stages
  // when it is created, so an instance made before the extras were registered cannot draw them.
  const recreateRef = useRef<(() => void) | null>(null);
  const withExtrasRef = useRef(false);
  // A draw that failed after the extras arrived (a promise callback, which no boundary sees).
  const [drawFailure, setDrawFailure] = useState<{ readonly error: unknown } | null>(null);
  if (drawFailure !== null) throw drawFailure.error;

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    let drawn = draw(container, 'canvas');
    drawnRef.current = drawn;
    widthRef.current = drawn.chart.getWidth();
    withExtrasRef.current = chartExtrasReady();
    recreateRef.current = () => {
      release(drawn);
      drawn = draw(container, drawn.renderer);
      drawnRef.current = drawn;
      withExtrasRef.current = chartExtrasReady();
    };
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (box === undefined) return;
      const width = Math.floor(box.width);
      const size = drawSize(drawn, { width, height: Math.floor(box.height) }, reusesRef.current);
      widthRef.current = width;
      // Already drawn at this size (`replaceOption` resized it with its new option).
      if (drawnAt(drawn, size)) return;
      drawn.chart.resize(size);
      if (drawn.renderer === 'svg') fitToWidth(drawn);
    });
    observer.observe(container);
    // Print draws vectors: the canvas is swapped for an SVG rendering of the same option before
    // the print snapshot, and back after it (both synchronous: no animation, no lazy update).
    const redraw = (renderer: Renderer) => {
      // Print is synchronous: without the SVG renderer yet (the first seconds), it prints the canvas.
      if (drawn.renderer === renderer || (renderer === 'svg' && !chartExtrasReady())) return;
      release(drawn);
      drawn = draw(container, renderer);
      drawnRef.current = drawn;
      withExtrasRef.current = chartExtrasReady();
      drawn.chart.setOption({ ...optionRef.current, animation: false }, { notMerge: true });
      if (renderer === 'svg') fitToWidth(drawn);
    };
    const toSvg = () => {
      redraw('svg');
    };
    const toCanvas = () => {
      redraw('canvas');
    };
    window.addEventListener('beforeprint', toSvg);
    window.addEventListener('afterprint', toCanvas);
    return () => {
      window.removeEventListener('beforeprint', toSvg);
      window.removeEventListener('afterprint', toCanvas);
      observer.disconnect();
      drawnRef.current = null;
      recreateRef.current = null;
      release(drawn);
    };
  }, []);

  // Only the first option drawn animates; a later one (a switch of month, metric or filter)
  // replaces it at once, so the chart is final in the first frame after the input.
  const animateRef = useRef(true);

  useEffect(() => {
    optionRef.current = option;
    const waits = needsExtras(option);
    if (!waits || withExtrasRef.current) {
      const shown = animateRef.current ? option : { ...option, animation: false };
      if (drawnRef.current !== null) {
        const size = { width: widthRef.current, height };
        replaceOption(drawnRef.current, shown, size, reusesRef.current);
      }
      animateRef.current = false;
      chartDrawn();
    }
    if (withExtrasRef.current) return;
    // Before the extras: a chart of bars is drawn now, without its tooltip, legend and marks, and
    // drawn again complete on an instance created after them; any other chart waits for them.
    let current = true;
    loadChartExtras().then(
      () => {
        if (!current) return;
        try {
          if (!withExtrasRef.current) recreateRef.current?.();
          const first = animateRef.current;
          const complete = first ? optionRef.current : { ...optionRef.current, animation: false };
          if (drawnRef.current !== null) {
            const size = { width: widthRef.current, height };
            replaceOption(drawnRef.current, complete, size, reusesRef.current);
          }
          animateRef.current = false;
          chartDrawn();
        } catch (error) {
          // Outside React's render and effects: handed back to it, so the chart's error boundary
          // says so in its place instead of leaving a blank chart.
          setDrawFailure({ error });
        }
      },
      // Not fetched (offline before they were cached): the bars stay as drawn, without extras.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [option, height]);

  // The chart as shown (its size on screen), its provenance under it: the drawing code is a
  // chunk of its own, with the extras it draws with.
  const image = async (kind: 'png' | 'svg'): Promise<Blob> => {
    const [{ chartImageFile }] = await Promise.all([
      import('./chart-image-file.ts'),
      loadChartExtras(),
    ]);
    const chart = drawnRef.current?.chart;
    const request: ChartImageRequest = {
      option,
      label,
      filtered,
      datasets,
      size: {
        width: chart?.getWidth() ?? containerRef.current?.clientWidth ?? 640,
        // With `reusesCanvas`, the canvas can be taller than the chart shown.
        height: reusesCanvas ? height : (chart?.getHeight() ?? height),
      },
      provenanceOf,
      t,
      echarts,
    };
    return chartImageFile(kind, request);
  };
  const name = fileName ?? testId ?? 'bieu-do';

  return (
    <figure className="echart-figure">
      <div
        ref={containerRef}
        className={reusesCanvas ? 'echart echart-reused-canvas' : 'echart'}
        role="img"
        aria-label={label}
        data-testid={testId}
        style={{ height, width: '100%' }}
      />
      {downloads ? (
        <figcaption className="echart-actions">
          <DownloadFileButton
            label={t('chart.downloadPng')}
            object={label}
            fileName={`${name}.png`}
            testId={testId === undefined ? undefined : `${testId}-png`}
            className="link-button"
            file={() => image('png')}
          />{' '}
          <DownloadFileButton
            label={t('chart.downloadSvg')}
            object={label}
            fileName={`${name}.svg`}
            testId={testId === undefined ? undefined : `${testId}-svg`}
            className="link-button"
            file={() => image('svg')}
          />
        </figcaption>
      ) : null}
    </figure>
  );
}
