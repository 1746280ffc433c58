import { describe, expect, it } from 'vitest';
import { createTranslate } from '../i18n/translate.ts';
import { apaCitation, localIsoDate, plainCitation, type CitationFacts } from './cite-text.ts';

const facts: CitationFacts = {
  title: 'Xếp hạng · Tháng 10/2026 — Bảng điểm xã, phường Đà Nẵng',
  site: 'Bảng điểm xã, phường Đà Nẵng',
  sources: 'Nguồn: điểm số là dữ liệu mẫu tổng hợp.',
  synthetic: true,
  dataDate: 'Tháng 10/2026',
  dataYear: '2026',
  url: 'https://example.org/?view=ranking',
  accessed: '05/11/2026',
};

describe('citations', () => {
  const vi = createTranslate('vi');
  const en = createTranslate('en');

  it('gives title, publisher, the synthetic mark, source, data date, URL and access date', () => {
    expect(plainCitation(facts, vi)).toBe(
      'Xếp hạng · Tháng 10/2026 — Bảng điểm xã, phường Đà Nẵng. ' +
        'Trang công bố: Bảng điểm xã, phường Đà Nẵng. ' +
        'Số liệu là dữ liệu mẫu (tổng hợp), do máy sinh ra, không phải số liệu chính thức. ' +
        'Nguồn: điểm số là dữ liệu mẫu tổng hợp. Dữ liệu đến Tháng 10/2026. ' +
        'Địa chỉ: https://example.org/?view=ranking Truy cập ngày 05/11/2026.',
    );
  });

  it('says nothing of synthetic figures, sources or a date it does not have', () => {
    const text = plainCitation(
      { ...facts, synthetic: false, sources: null, dataDate: null, dataYear: null },
      en,
    );
    expect(text).not.toMatch(/synthetic|Data up to/);
    expect(text).toContain('URL: https://example.org/?view=ranking');
    expect(apaCitation({ ...facts, synthetic: false, dataYear: null }, en)).toBe(
      'Bảng điểm xã, phường Đà Nẵng. (n.d.). ' +
        'Xếp hạng · Tháng 10/2026 — Bảng điểm xã, phường Đà Nẵng [Online data table]. ' +
        'Retrieved 05/11/2026, from https://example.org/?view=ranking',
    );
  });

  it('marks the APA form synthetic too', () => {
    expect(apaCitation(facts, vi)).toContain('[Bảng số liệu trực tuyến; dữ liệu mẫu tổng hợp]');
    expect(apaCitation(facts, vi)).toMatch(/^Bảng điểm xã, phường Đà Nẵng\. \(2026\)\./);
  });

  it('dates the access on the reader’s calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
