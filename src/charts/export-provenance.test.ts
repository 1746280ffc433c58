import { describe, expect, it } from 'vitest';
import { createTranslate } from '../i18n/translate.ts';
import { provenanceOf, type DatasetProvenance } from './chart-context.ts';
import {
  exportFacts,
  exportFooterLines,
  exportProvenance,
  factLine,
  unitFilterWords,
} from './export-provenance.ts';

const vi = createTranslate('vi');
const en = createTranslate('en');
const sample = provenanceOf({ kind: 'sample' });
const reference = provenanceOf({ kind: 'reference' });
const loaded: DatasetProvenance = {
  units: reference,
  index_scores: sample,
  index_metrics: sample,
  dossiers: provenanceOf({ kind: 'upload', file: 'ho-so\nthang-10.csv' }),
  petitions: provenanceOf({ kind: 'cleared' }),
};
const input = {
  title: 'Bảng xếp hạng 6 đơn vị, Tháng 10/2026',
  filters: ['Loại: Phường', 'Địa bàn cũ: Quận Hải Châu'],
  scope: { provinces: ['Đà Nẵng'], unitCount: 94 },
  datasets: ['index_scores', 'units', 'petitions'] as const,
  provenance: loaded,
  dataDate: 'Tháng 10/2026, số liệu chốt ngày 31/10/2026',
  url: 'http://127.0.0.1:4173/?view=ranking&type=phuong',
  exportedAt: '01/12/2026, 21:30',
};

describe('exportProvenance', () => {
  it('lists the datasets of the file in schema order, without a cleared one, and marks the sample', () => {
    const provenance = exportProvenance(input);
    expect(provenance.sources.map((source) => source.dataset)).toEqual(['units', 'index_scores']);
    expect(provenance.synthetic).toBe(true);
    expect(provenance.provinces).toEqual(['Đà Nẵng']);
    expect(provenance.unitCount).toBe(94);
  });

  it('is not synthetic when no dataset of the file is the sample', () => {
    const provenance = exportProvenance({ ...input, datasets: ['units', 'dossiers'] });
    expect(provenance.synthetic).toBe(false);
    expect(provenance.sources.map((source) => source.source.kind)).toEqual(['reference', 'upload']);
  });
});

describe('exportFacts', () => {
  it('says every fact in words, the sample mark first', () => {
    const facts = exportFacts(exportProvenance(input), vi).map(factLine);
    expect(facts).toEqual([
      'Lưu ý: DỮ LIỆU MẪU (TỔNG HỢP) — không phải số liệu chính thức',
      'Tiêu đề: Bảng xếp hạng 6 đơn vị, Tháng 10/2026',
      'Bộ lọc: Loại: Phường · Địa bàn cũ: Quận Hải Châu',
      'Phạm vi: Đà Nẵng · 94 đơn vị',
      'Nguồn (danh sách đơn vị): danh sách 94 đơn vị theo Công văn 1027/CTK-CSCL và Nghị quyết 1659/NQ-UBTVQH15',
      'Nguồn (điểm số): dữ liệu mẫu tổng hợp, không phải số liệu chính thức',
      'Ngày dữ liệu: Tháng 10/2026, số liệu chốt ngày 31/10/2026',
      'Trang: http://127.0.0.1:4173/?view=ranking&type=phuong',
      'Xuất lúc: 01/12/2026, 21:30',
    ]);
  });

  it('names an uploaded file on one line, says "no filter", and leaves out what is not known', () => {
    const facts = exportFacts(
      exportProvenance({
        ...input,
        filters: [],
        scope: null,
        dataDate: null,
        datasets: ['dossiers'],
      }),
      en,
    ).map(factLine);
    expect(facts).toEqual([
      'Title: Bảng xếp hạng 6 đơn vị, Tháng 10/2026',
      'Filters: none (whole table)',
      'Source (dossiers): the file «ho-so thang-10.csv» uploaded by the user',
      'Page: http://127.0.0.1:4173/?view=ranking&type=phuong',
      'Exported: 01/12/2026, 21:30',
    ]);
  });
});

describe('exportFooterLines', () => {
  const provenance = exportProvenance(input);

  it('joins the sources on one line and leaves out the title a chart draws itself', () => {
    const lines = exportFooterLines(provenance, vi, { drawsTitle: true });
    expect(lines.some((line) => line.startsWith('Tiêu đề'))).toBe(false);
    expect(lines.filter((line) => line.startsWith('Nguồn'))).toEqual([
      'Nguồn: danh sách đơn vị — danh sách 94 đơn vị theo Công văn 1027/CTK-CSCL và Nghị quyết 1659/NQ-UBTVQH15; điểm số — dữ liệu mẫu tổng hợp, không phải số liệu chính thức',
    ]);
    expect(lines[0]).toMatch(/^Lưu ý: DỮ LIỆU MẪU/);
    expect(lines).toContain('Bộ lọc: Loại: Phường · Địa bàn cũ: Quận Hải Châu');
    expect(lines.at(-2)).toBe('Trang: http://127.0.0.1:4173/?view=ranking&type=phuong');
  });

  it('keeps the title when the chart draws none', () => {
    const lines = exportFooterLines(provenance, vi, { drawsTitle: false });
    expect(lines).toContain('Tiêu đề: Bảng xếp hạng 6 đơn vị, Tháng 10/2026');
  });

  it('says a chart with no filter is unfiltered, not a whole table', () => {
    const lines = exportFooterLines({ ...provenance, filters: [] }, vi, { drawsTitle: true });
    expect(lines).toContain('Bộ lọc: không lọc');
  });
});

describe('unitFilterWords', () => {
  it('words the unit type and former district in the page language', () => {
    const district = 'Quận Hải Châu, TP Đà Nẵng cũ';
    expect(unitFilterWords({ type: 'phuong', district }, { t: vi, locale: 'vi' })).toEqual([
      'Loại: Phường',
      `Địa bàn cũ: ${district}`,
    ]);
    const english = unitFilterWords({ type: 'xa', district }, { t: en, locale: 'en' });
    expect(english[0]).toBe('Type: Commune');
    expect(english[1]).toMatch(/^Former district: .*Hải Châu/);
    expect(unitFilterWords({ type: null, district: null }, { t: vi, locale: 'vi' })).toEqual([]);
  });
});
