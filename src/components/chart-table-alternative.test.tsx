// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartTableSpec } from '../charts/chart-table.ts';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import type { Locale } from '../i18n/locale.ts';
import { ChartTableAlternative } from './chart-table-alternative.tsx';
import { DescribedChart } from './described-chart.tsx';

beforeEach(() => {
  // jsdom has no ResizeObserver (the table's scroll box follows its size) and lays nothing out.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe = () => undefined;
      disconnect = () => undefined;
    },
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const table: ChartTableSpec = {
  caption: 'Tiếp nhận theo tháng',
  columns: [{ header: 'Tháng' }, { header: 'Tiếp nhận', numeric: true }],
  rows: [
    { key: '2026-01', header: 'Tháng 1/2026', cells: ['1.480'] },
    { key: '2026-02', header: 'Tháng 2/2026', cells: [] },
  ],
};

function renderIn(locale: Locale) {
  return render(
    <I18nProvider locale={locale}>
      <p id="s">Cao nhất: Tháng 1/2026 (1.480).</p>
      <DescribedChart summaryId="s" tableId="t" name="demo">
        <div role="img" aria-label="Biểu đồ" />
      </DescribedChart>
      <ChartTableAlternative id="t" tables={[table]} name="Tiếp nhận" testId="demo-table" />
    </I18nProvider>,
  );
}

describe('ChartTableAlternative', () => {
  it('renders a captioned table with column and row headers behind a disclosure', () => {
    renderIn('vi');
    const details = screen.getByTestId('demo-table');
    expect(details.tagName).toBe('DETAILS');
    expect(details.id).toBe('t');
    const toggle = within(details).getByText('Xem dạng bảng');
    expect(toggle.tagName).toBe('SUMMARY');
    // Visible text first, then whose table it is (several charts share a page).
    expect(toggle.getAttribute('aria-label')).toBe('Xem dạng bảng: Tiếp nhận');
    const grid = within(details).getByRole('table', { hidden: true });
    expect(grid.querySelector('caption')?.textContent).toBe('Tiếp nhận theo tháng');
    const headers = [...grid.querySelectorAll('th')].map((th) => [th.scope, th.textContent]);
    expect(headers).toEqual([
      ['col', 'Tháng'],
      ['col', 'Tiếp nhận'],
      ['row', 'Tháng 1/2026'],
      ['row', 'Tháng 2/2026'],
    ]);
    // A missing cell is a dash, never an empty cell.
    expect([...grid.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1.480', '—']);
    expect(grid.querySelector('td')?.className).toBe('numeric');
  });

  it('labels the disclosure in English', () => {
    renderIn('en');
    expect(screen.getByText('Show as table').tagName).toBe('SUMMARY');
  });
});

describe('DescribedChart', () => {
  it('points from the chart to its summary and its table alternative', () => {
    renderIn('vi');
    const group = screen.getByRole('img', { name: 'Biểu đồ' }).parentElement;
    if (group === null) throw new Error('the chart has no wrapper');
    expect(group.getAttribute('role')).toBe('group');
    expect(group.dataset.chart).toBe('demo');
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Cao nhất: Tháng 1/2026 (1.480).',
    );
    expect(document.getElementById(group.getAttribute('aria-details') ?? '')?.tagName).toBe(
      'DETAILS',
    );
  });
});
