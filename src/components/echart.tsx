import { useEffect, useRef } from 'react';
import type { ChartOption } from '../charts/chart-option.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { echarts } from './echarts-registry.ts';

interface EChartProps {
  readonly option: ChartOption;
  readonly height: number;
  /** Names the chart for assistive technology; the view also renders a table alternative. */
  readonly label: string;
  readonly testId?: string;
  /** File name (without extension) of the PNG download; defaults to the test id. */
  readonly fileName?: string;
}

/**
 * The only component that touches an ECharts instance: creates it once, replaces the whole
 * option on every change (no merging with a previous one), follows the container's size and
 * disposes on unmount. Offers the chart as a PNG image: the image is the chart as drawn, title
 * and sample-data label included. A chart that fails to draw says so in its place and tries
 * again with the next option; the rest of the page is not affected.
 */
export function EChart(props: EChartProps) {
  return (
    <ErrorBoundary scope="chart" resetKey={props.option}>
      <EChartCanvas {...props} />
    </ErrorBoundary>
  );
}

function EChartCanvas({ option, height, label, testId, fileName }: EChartProps) {
  const { t } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    // Each instance gets its own host element, so a re-mount never meets a dying instance.
    const host = document.createElement('div');
    host.className = 'echart-host';
    container.appendChild(host);
    const chart = echarts.init(host, null, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => {
      chart.resize();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      chartRef.current = null;
      host.remove();
      // zrender's painter can have an animation frame queued that does not check for disposal
      // ("Cannot read properties of null (reading 'layerStack')", seen once in CI on a panel
      // switch): let queued frames run against the live, detached instance, then dispose.
      requestAnimationFrame(() => {
        requestAnimationFrame(() => {
          chart.dispose();
        });
      });
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  const downloadPng = () => {
    const chart = chartRef.current;
    if (chart === null) return;
    const link = document.createElement('a');
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    link.download = `${fileName ?? testId ?? 'bieu-do'}.png`;
    link.click();
  };

  return (
    <figure className="echart-figure">
      <div
        ref={containerRef}
        className="echart"
        role="img"
        aria-label={label}
        data-testid={testId}
        style={{ height, width: '100%' }}
      />
      <figcaption className="echart-actions">
        <button type="button" className="link-button" onClick={downloadPng}>
          {t('chart.downloadPng')}
        </button>
      </figcaption>
    </figure>
  );
}
