// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { provenanceOf, type DataSource } from '../../charts/chart-context.ts';
import { DataStatusContext } from '../../components/data-status.ts';
import { I18nProvider } from '../../i18n/i18n-provider.tsx';
import type { Locale } from '../../i18n/locale.ts';
import type { UnitRow } from '../../queries/questions.ts';
import { ProfileGaps } from './profile-gaps.tsx';
import { ProfileHeader } from './profile-header.tsx';
import { latestStanding } from './profile-model.ts';
import type { ProfileTrendMonth } from '../../charts/profile-series.ts';

afterEach(cleanup);

const q = (median: number) => ({ q1: median - 1, median, q3: median + 1 });
const province = {
  total: q(70),
  ckmb: q(14),
  tdgq: q(16),
  dvctt: q(9),
  tttt: q(7),
  mdsh: q(17),
  mdhl: q(13),
};
const groups = { ckmb: 15, tdgq: 16, dvctt: 9, tttt: 8, mdsh: 14.5, mdhl: 10.6 };
const months: ProfileTrendMonth[] = [
  { period: '2026-09', total: 70.5, rank: 12, rankedCount: 94, groups, province },
  { period: '2026-10', total: 73.1, rank: 9, rankedCount: 94, groups, province },
];
const unit: UnitRow = {
  code: '20364',
  name: 'Chiên Đàn',
  type: 'xa',
  formerDistrict: 'Huyện Phú Ninh, tỉnh Quảng Nam; Huyện Tam Kỳ',
  areaKm2: 48.63,
  population: null,
  populationSource: null,
};
const latest = {
  period: '2026-10',
  snapshotDate: '2026-10-31',
  rankedCount: 94,
  total: 73.1,
  rank: 9,
  groups,
};
const SAMPLE: DataSource = { kind: 'sample' };
const inLocale = (locale: Locale, node: ReactNode, scores: DataSource = SAMPLE) => {
  const provenance = {
    units: provenanceOf({ kind: 'reference' }),
    index_scores: provenanceOf(scores),
    index_metrics: provenanceOf(scores),
    dossiers: provenanceOf(SAMPLE),
    petitions: provenanceOf(SAMPLE),
  };
  return render(
    <DataStatusContext.Provider value={{ engine: 'ready', provenance, early: false }}>
      <I18nProvider locale={locale}>{node}</I18nProvider>
    </DataStatusContext.Provider>,
  );
};

describe('ProfileGaps', () => {
  it('names the weakest group in plain Vietnamese, by share of the group maximum', () => {
    inLocale('vi', <ProfileGaps standing={latestStanding(months)} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toBe(
      'Mức độ hài lòng: thấp hơn trung vị tỉnh 2,4 điểm (13 % điểm tối đa) — nhóm kéo điểm xuống nhiều nhất',
    );
    // Digitisation loses more points (2.5) but less of its maximum (22): second.
    expect(items[1]).toBe('Số hóa hồ sơ: thấp hơn trung vị tỉnh 2,5 điểm (11 % điểm tối đa)');
    expect(items.at(-1)).toContain('— nhóm mạnh nhất');
    expect(screen.getByText('Nên ưu tiên cải thiện: Mức độ hài lòng, Số hóa hồ sơ.')).toBeTruthy();
  });

  it('renders nothing without a score', () => {
    const { container } = inLocale('vi', <ProfileGaps standing={null} />);
    expect(container.textContent).toBe('');
  });
});

describe('ProfileHeader', () => {
  it('shows rank, change, every former district and says when population is unknown', () => {
    inLocale('vi', <ProfileHeader unit={unit} standing={latestStanding(months)} latest={latest} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Xã Chiên Đàn');
    expect(screen.getByTestId('profile-population').textContent).toBe('chưa rõ dân số');
    expect(screen.getByTestId('profile-rank').textContent).toBe('9/94');
    expect(screen.getByTestId('profile-summary').textContent).toBe(
      'Tháng 10/2026: Chiên Đàn đạt 73,10 điểm, xếp hạng 9/94; so với tháng trước +2,60 điểm, tăng 3 bậc.',
    );
    expect(screen.getByText('Huyện Tam Kỳ')).toBeTruthy();
    expect(screen.getByText('48,63 km²')).toBeTruthy();
    expect(screen.getByTestId('profile-data-date').textContent).toBe(
      'Số liệu Tháng 10/2026, chốt ngày 31/10/2026',
    );
    expect(screen.getByText('Dữ liệu mẫu (tổng hợp)')).toBeTruthy();
  });

  it('speaks English on toggle', () => {
    inLocale(
      'en',
      <ProfileHeader
        unit={{ ...unit, population: 32145, populationSource: 'survey' }}
        standing={latestStanding(months)}
        latest={latest}
      />,
      { kind: 'reference' },
    );
    expect(screen.getByTestId('profile-population').textContent).toBe(
      '32,145 residents (source: survey)',
    );
    expect(screen.getByTestId('profile-summary').textContent).toContain('rank 9 of 94');
    expect(screen.queryByText('Sample data (synthetic)')).toBeNull();
    expect(screen.queryByTestId('profile-source')).toBeNull();
  });

  it('names the uploaded scores file instead of the sample mark', () => {
    inLocale(
      'vi',
      <ProfileHeader unit={unit} standing={latestStanding(months)} latest={latest} />,
      {
        kind: 'upload',
        file: 'diem-thanh-hoa.csv',
      },
    );
    expect(screen.getByTestId('profile-source').textContent).toBe('Nguồn: tệp diem-thanh-hoa.csv');
    expect(screen.queryByText('Dữ liệu mẫu (tổng hợp)')).toBeNull();
  });
});
