// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '../charts/chart-option.ts';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import { EChart } from './echart.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

// jsdom draws nothing: a stand-in instance whose setOption fails on the option titled "broken",
// as ECharts does when a canvas cannot be drawn or an option is malformed.
const drawn: unknown[] = [];
vi.mock('./echarts-registry.ts', () => ({
  echarts: {
    init: () => ({
      setOption: (option: ChartOption) => {
        const title = option.title;
        if (!Array.isArray(title) && title?.text === 'broken') {
          throw new Error('setOption: cannot draw');
        }
        drawn.push(option);
      },
      resize: () => undefined,
      // jsdom lays nothing out: the host and the instance are both 0 × 0.
      getWidth: () => 0,
      getHeight: () => 0,
      dispose: () => undefined,
      getDataURL: () => '',
    }),
  },
  needsExtras: () => false,
  chartExtrasReady: () => true,
  loadChartExtras: () => Promise.resolve(),
}));

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {
        // jsdom lays nothing out: there is no size to follow.
      }
      disconnect() {
        // Nothing observed.
      }
    },
  );
  // React reports every caught error on the console; the tests check what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  drawn.length = 0;
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const inVietnamese = (node: ReactNode) => render(<I18nProvider locale="vi">{node}</I18nProvider>);

let broken = true;
/** A panel whose builder throws while `broken`. */
function FlakyPanel() {
  if (broken) throw new Error('buildRankingOption: rows[3].groups is null');
  return <p>Biểu đồ xếp hạng</p>;
}

describe('ErrorBoundary', () => {
  it('shows the panel error in place of a panel whose child throws; its sibling still renders', () => {
    broken = true;
    inVietnamese(
      <>
        <section data-testid="broken">
          <ErrorBoundary scope="panel">
            <FlakyPanel />
          </ErrorBoundary>
        </section>
        <section data-testid="sibling">
          <ErrorBoundary scope="panel">
            <p>Bảng xếp hạng</p>
          </ErrorBoundary>
        </section>
      </>,
    );
    const alert = within(screen.getByTestId('broken')).getByRole('alert');
    expect(alert.querySelector('.status-title')?.textContent).toBe('Không vẽ được phần này.');
    expect(alert.textContent).toContain('Phần còn lại của trang vẫn dùng được.');
    expect(alert.querySelector('details pre')?.textContent).toBe(
      'buildRankingOption: rows[3].groups is null',
    );
    expect(screen.getByTestId('sibling').textContent).toBe('Bảng xếp hạng');
    expect(console.error).toHaveBeenCalled();
  });

  it('renders the panel again on retry', () => {
    broken = true;
    inVietnamese(
      <ErrorBoundary scope="panel">
        <FlakyPanel />
      </ErrorBoundary>,
    );
    expect(screen.queryByText('Biểu đồ xếp hạng')).toBeNull();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(screen.getByText('Biểu đồ xếp hạng')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the whole page fails', () => {
    broken = true;
    inVietnamese(
      <ErrorBoundary scope="page">
        <FlakyPanel />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Không hiển thị được trang này.');
  });
});

describe('EChart', () => {
  const option = (text: string): ChartOption => ({ title: { text } });

  it('keeps a setOption failure inside the chart: the next chart and the table still render', () => {
    const { rerender } = inVietnamese(
      <>
        <EChart option={option('broken')} height={200} label="Xếp hạng" testId="ranking-chart" />
        <EChart option={option('fine')} height={200} label="Bản đồ nhiệt" testId="heatmap-chart" />
        <table data-testid="ranking-table" />
      </>,
    );
    expect(screen.queryByTestId('ranking-chart')).toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.status-title')?.textContent).toBe('Không vẽ được biểu đồ này.');
    expect(alert.textContent).toContain('setOption: cannot draw');
    expect(screen.getByTestId('heatmap-chart').getAttribute('aria-label')).toBe('Bản đồ nhiệt');
    expect(screen.getByTestId('ranking-table')).toBeTruthy();
    expect(drawn).toHaveLength(1);

    // A new option draws again, without a retry.
    rerender(
      <I18nProvider locale="vi">
        <EChart option={option('fixed')} height={200} label="Xếp hạng" testId="ranking-chart" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('ranking-chart')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
