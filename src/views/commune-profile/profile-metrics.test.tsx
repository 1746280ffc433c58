// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormat } from '../../i18n/format.ts';
import { I18nProvider } from '../../i18n/i18n-provider.tsx';
import type { Locale } from '../../i18n/locale.ts';
import { createTranslate } from '../../i18n/translate.ts';
import { metricGroups, reachText, type CommuneMetricRow } from './profile-metrics-model.ts';
import { ProfileMetricsTable } from './profile-metrics-table.tsx';

beforeEach(() => {
  // jsdom has no ResizeObserver (the table's scroll box follows its size).
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

const row = (fields: Partial<CommuneMetricRow> & Pick<CommuneMetricRow, 'code'>) =>
  ({
    group: 'tdgq',
    name: fields.code,
    snapshotDate: '2026-10-31',
    numerator: null,
    denominator: null,
    ratio: null,
    score: null,
    maxScore: 6,
    groupScore: null,
    ...fields,
  }) satisfies CommuneMetricRow;

const ROWS: CommuneMetricRow[] = [
  row({ code: 'DOSSIER_SYNC', group: 'ckmb', numerator: 5, denominator: 5, ratio: 100, score: 6 }),
  row({ code: 'PUBLISH_ON_TIME', group: 'ckmb', numerator: 0, denominator: 3, ratio: 0, score: 0 }),
  row({
    code: 'DOSSIER_ON_TIME',
    numerator: 702,
    denominator: 797,
    ratio: 88.08,
    score: 17.62,
    maxScore: 20,
    groupScore: 17.62,
  }),
  row({ code: 'X_NEW', group: 'mdsh', name: 'Chỉ tiêu mới', score: 1, maxScore: 2 }),
];

const i18nOf = (locale: Locale) => ({ t: createTranslate(locale), format: createFormat(locale) });

describe('metricGroups', () => {
  it('groups rows in index order with the group score, and counts what is within reach', () => {
    const blocks = metricGroups(ROWS);
    expect(blocks.map((block) => [block.key, block.max, block.score])).toEqual([
      ['ckmb', 18, null],
      ['tdgq', 20, 17.62],
      ['mdsh', 22, null],
    ]);
    const texts = blocks.flatMap((block) =>
      block.lines.map((line) => reachText(line, i18nOf('vi'))),
    );
    expect(texts).toEqual([
      'Đã đạt điểm tối đa',
      'Quy tắc chấm điểm chưa được công bố',
      'Thêm 95 hồ sơ đúng hạn → +2,38 điểm (đủ điểm)',
      'Quy tắc chấm điểm chưa được công bố',
    ]);
    const [line] = blocks[1]?.lines ?? [];
    expect(line === undefined ? '' : reachText(line, i18nOf('en'))).toBe(
      'Add 95 on-time dossiers → +2.38 points (full points)',
    );
  });
});

describe('ProfileMetricsTable', () => {
  const render1 = (locale: Locale, index: number) => {
    const block = metricGroups(ROWS)[index];
    if (block === undefined) throw new Error('no block');
    return render(
      <I18nProvider locale={locale}>
        <ProfileMetricsTable block={block} name="Chiên Đàn" period="Tháng 10/2026" />
      </I18nProvider>,
    );
  };

  it('captions the group with its score, and gives each row its figures and reach', () => {
    render1('vi', 1);
    const table = screen.getByTestId('profile-metrics-tdgq');
    expect(within(table).getByText(/Tiến độ giải quyết: 17,62\/20 điểm/)).toBeTruthy();
    const cells = within(table).getAllByRole('row')[1]?.querySelectorAll('th, td');
    expect([...(cells ?? [])].map((cell) => cell.textContent)).toEqual([
      'Tỷ lệ hồ sơ giải quyết đúng hạnDOSSIER_ON_TIME',
      '702/797',
      '88,08 %',
      '17,62/20',
      '2,38',
      'Thêm 95 hồ sơ đúng hạn → +2,38 điểm (đủ điểm)thêm 1 → +0,025 điểm',
    ]);
  });

  it('marks published names of unknown codes Vietnamese, and dashes what is not published', () => {
    render1('en', 2);
    const name = screen.getByText('Chỉ tiêu mới');
    expect(name.getAttribute('lang')).toBe('vi');
    const cells = screen.getAllByRole('row')[1]?.querySelectorAll('td');
    expect([...(cells ?? [])].map((cell) => cell.textContent)).toEqual([
      '—',
      '—',
      '1.00/2',
      '1.00',
      'Scoring rule not published',
    ]);
    expect(screen.getByText('Chiên Đàn', { exact: false }).closest('[lang="vi"]')).toBeTruthy();
  });
});
