import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { provenanceOf, type DataSource, type DatasetProvenance } from './chart-context.ts';
import {
  appSubtitle,
  appTitle,
  rankingScope,
  sampleExplanation,
  sourcesLine,
  syntheticDatasets,
  type UnitScope,
} from './page-labels.ts';

const vi = chartContext('vi');
const en = chartContext('en');

const DA_NANG: UnitScope = { provinces: ['Đà Nẵng'], unitCount: 94 };
const THANH_HOA: UnitScope = { provinces: ['Thanh Hóa'], unitCount: 5 };

function provenance(sources: {
  readonly units?: DataSource;
  readonly index_scores?: DataSource;
  readonly index_metrics?: DataSource;
  readonly dossiers?: DataSource;
  readonly petitions?: DataSource;
}): DatasetProvenance {
  const sample: DataSource = { kind: 'sample' };
  return {
    units: provenanceOf(sources.units ?? { kind: 'reference' }),
    index_scores: provenanceOf(sources.index_scores ?? sample),
    index_metrics: provenanceOf(sources.index_metrics ?? sample),
    dossiers: provenanceOf(sources.dossiers ?? sample),
    petitions: provenanceOf(sources.petitions ?? sample),
  };
}

/** The published site: the real units list, the three other datasets synthetic. */
const PUBLISHED = provenance({});
/** Five Thanh Hóa communes and their scores uploaded: the other datasets cleared. */
const THANH_HOA_UPLOAD = provenance({
  units: { kind: 'upload', file: 'xa-thanh-hoa.csv' },
  index_scores: { kind: 'upload', file: 'diem-thanh-hoa.csv' },
  index_metrics: { kind: 'cleared' },
  dossiers: { kind: 'cleared' },
  petitions: { kind: 'cleared' },
});

describe('appTitle and appSubtitle', () => {
  it('name the province and count the units of the loaded data', () => {
    expect(appTitle(DA_NANG, vi)).toBe('Bảng điểm xã, phường Đà Nẵng');
    expect(appTitle(DA_NANG, en)).toBe('Đà Nẵng commune scorecard');
    expect(appTitle(THANH_HOA, vi)).toBe('Bảng điểm xã, phường Thanh Hóa');
    expect(appSubtitle(THANH_HOA, vi)).toBe(
      'Chỉ số phục vụ người dân và doanh nghiệp của 5 đơn vị hành chính cấp xã (Quyết định 766/QĐ-TTg)',
    );
    expect(appSubtitle({ provinces: [], unitCount: 3321 }, en)).toBe(
      'Public-service index of the 3,321 commune-level units (Decision 766/QD-TTg)',
    );
  });

  it('name no place while loading or when the units give none, and count several', () => {
    expect(appTitle(null, vi)).toBe('Bảng điểm xã, phường');
    expect(appTitle({ provinces: [], unitCount: 5 }, en)).toBe('Commune scorecard');
    expect(appTitle({ provinces: ['Đà Nẵng', 'Huế', 'Quảng Trị'], unitCount: 9 }, vi)).toBe(
      'Bảng điểm xã, phường 3 tỉnh, thành phố',
    );
    expect(appSubtitle(null, vi)).not.toMatch(/\b94\b/);
    expect(appSubtitle(null, en)).toBe(
      'Public-service index of commune-level units (Decision 766/QD-TTg)',
    );
  });
});

describe('rankingScope', () => {
  it('names the province when there is exactly one', () => {
    expect(rankingScope(5, THANH_HOA, vi)).toBe(
      'Hạng luôn tính trên tất cả 5 đơn vị có điểm của Thanh Hóa; bộ lọc chỉ ẩn bớt dòng, không xếp hạng lại.',
    );
    expect(rankingScope(94, null, en)).toBe(
      'Ranks are always among all 94 scored units; filters only hide rows, they never re-rank.',
    );
  });
});

describe('sourcesLine', () => {
  it('words the published site as it always has', () => {
    expect(sourcesLine(PUBLISHED, DA_NANG, vi)).toBe(
      'Nguồn: danh sách 94 đơn vị theo Công văn 1027/CTK-CSCL và Nghị quyết 1659/NQ-UBTVQH15; điểm số, chỉ tiêu thành phần, hồ sơ và kiến nghị là dữ liệu mẫu tổng hợp.',
    );
    expect(sourcesLine(PUBLISHED, DA_NANG, en)).toBe(
      'Sources: list of 94 units per Official Letter 1027/CTK-CSCL and Resolution 1659/NQ-UBTVQH15; scores, sub-indicators, dossiers and petitions are synthetic sample data.',
    );
  });

  it("names the user's files and leaves out cleared datasets", () => {
    const line = sourcesLine(THANH_HOA_UPLOAD, THANH_HOA, vi);
    expect(line).toBe(
      'Nguồn: danh sách 5 đơn vị từ tệp xa-thanh-hoa.csv; điểm số từ tệp diem-thanh-hoa.csv.',
    );
    expect(line).not.toMatch(/mẫu|1027|94/);
  });

  it('keeps the sample named for the datasets still published', () => {
    const scores = provenance({ index_scores: { kind: 'upload', file: 'diem.csv' } });
    expect(sourcesLine(scores, DA_NANG, en)).toBe(
      'Sources: list of 94 units per Official Letter 1027/CTK-CSCL and Resolution 1659/NQ-UBTVQH15; scores from the file diem.csv; sub-indicators, dossiers and petitions are synthetic sample data.',
    );
  });
});

describe('the sample notice', () => {
  it('appears only over a page that shows synthetic figures, naming them', () => {
    const scores = provenance({ index_scores: { kind: 'upload', file: 'diem.csv' } });
    expect(syntheticDatasets(scores, ['index_scores'])).toEqual([]);
    expect(sampleExplanation(scores, ['index_scores'], DA_NANG, vi)).toBeNull();
    expect(sampleExplanation(scores, ['index_scores', 'dossiers', 'petitions'], DA_NANG, vi)).toBe(
      'Hồ sơ và kiến nghị trên trang này là dữ liệu mẫu do máy tạo ra, không phải số liệu chính thức. Danh sách 94 đơn vị, loại hình và diện tích là thật.',
    );
    expect(sampleExplanation(THANH_HOA_UPLOAD, ['index_scores'], THANH_HOA, vi)).toBeNull();
    expect(sampleExplanation(PUBLISHED, [], DA_NANG, vi)).toBeNull();
  });

  it('says how many real units there are only once the units are known', () => {
    expect(sampleExplanation(PUBLISHED, ['index_scores'], null, en)).toBe(
      'The scores on this page are machine-generated sample data, not official figures.',
    );
    expect(sampleExplanation(PUBLISHED, ['index_scores'], DA_NANG, en)).toBe(
      'The scores on this page are machine-generated sample data, not official figures. The list of 94 units, their types and areas are real.',
    );
  });
});
