import { useEffect, useRef } from 'react';
import type { ChartOption } from '../charts/chart-option.ts';
import { echarts } from './echarts-registry.ts';

interface EChartProps {
  readonly option: ChartOption;
  readonly height: number;
  /** Names the chart for assistive technology; the view also renders a table alternative. */
  readonly label: string;
  readonly testId?: string;
}

/**
 * The only component that touches an ECharts instance: creates it once, replaces the whole
 * option on every change (no merging with a previous one), follows the container's size and
 * disposes on unmount.
 */
export function EChart({ option, height, label, testId }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => {
      chart.resize();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={containerRef}
      className="echart"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height, width: '100%' }}
    />
  );
}
