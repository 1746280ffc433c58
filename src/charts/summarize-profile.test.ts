import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import type { ProfileTrendMonth } from './profile-series.ts';
import {
  summarizeActivity,
  summarizeProfileGroups,
  summarizeProfileRank,
} from './summarize-profile.ts';

const vi = chartContext('vi');
const en = chartContext('en');
const q = (q1: number, median: number, q3: number) => ({ q1, median, q3 });
const province = (total: number) => ({
  total: q(total - 8, total, total + 9),
  ckmb: q(12, 14, 16),
  tdgq: q(14, 16, 18),
  dvctt: q(7, 9, 10),
  tttt: q(5, 7, 8),
  mdsh: q(13, 17, 19),
  mdhl: q(12, 13, 14),
});
/** CKMB and TDGQ above the band, MDHL below it, the rest within. */
const groups = { ckmb: 17, tdgq: 19, dvctt: 8, tttt: 6, mdsh: 15, mdhl: 11 };
type Groups = typeof groups;
const month = (
  period: string,
  total: number | null,
  rank: number | null,
  median = 76,
  scores: Groups = groups,
): ProfileTrendMonth => ({
  period,
  total,
  rank,
  rankedCount: 94,
  groups: total === null ? null : scores,
  province: province(median),
});
const name = 'Chiên Đàn';

describe('summarizeProfileRank', () => {
  const months = [
    month('2026-03', 70, 9),
    month('2026-04', 67, 4),
    month('2026-05', null, null),
    month('2026-06', 80.5, 4, 78),
    month('2026-07', 66, 12),
    month('2026-08', 81, 12, 78.5),
  ];

  it('gives both ends, the best and worst rank (earliest month on a tie) and the median gap', () => {
    expect(summarizeProfileRank({ name, months }, vi)).toBe(
      'Tháng 3/2026 – tháng 8/2026: tổng điểm của Chiên Đàn từ 70,00 đến 81,00; hạng cao nhất 4/94 (tháng 4/2026), thấp nhất 12/94 (tháng 7/2026); tháng 8/2026 cao hơn trung vị tỉnh (78,50) 2,50 điểm.',
    );
    expect(summarizeProfileRank({ name, months }, en)).toBe(
      'March 2026 – August 2026: the total of Chiên Đàn went from 70.00 to 81.00; best rank 4/94 (April 2026), worst 12/94 (July 2026); August 2026: 2.50 points above the province median (78.50).',
    );
  });

  it('ends on the latest scored month, below or at the median', () => {
    const below = [month('2026-03', 70, 9), month('2026-04', 67, 4), month('2026-05', null, null)];
    expect(summarizeProfileRank({ name, months: below }, vi)).toContain(
      '; tháng 4/2026 thấp hơn trung vị tỉnh (76,00) 9,00 điểm.',
    );
    const at = [month('2026-03', 70, 9), month('2026-04', 76, 4)];
    expect(summarizeProfileRank({ name, months: at }, en)).toContain(
      '; April 2026: at the province median (76.00).',
    );
  });

  it('says when the rank never moved', () => {
    const steady = [month('2026-03', 70, 5), month('2026-04', 72, 5)];
    expect(summarizeProfileRank({ name, months: steady }, vi)).toBe(
      'Tháng 3/2026 – tháng 4/2026: tổng điểm của Chiên Đàn từ 70,00 đến 72,00; giữ hạng 5/94 mọi tháng có điểm; tháng 4/2026 thấp hơn trung vị tỉnh (76,00) 4,00 điểm.',
    );
  });

  it('describes a single scored month, a month without a province median, and no score', () => {
    const one = [month('2026-03', null, null), month('2026-04', 80, 2)];
    expect(summarizeProfileRank({ name, months: one }, en)).toBe(
      'April 2026: Chiên Đàn scored 80.00, rank 2/94, 4.00 points above the province median (76.00).',
    );
    const noProvince = [{ ...month('2026-04', 80, 2), province: null }];
    expect(summarizeProfileRank({ name, months: noProvince }, vi)).toBe(
      'Tháng 4/2026: Chiên Đàn đạt 80,00 điểm, hạng 2/94, chưa có trung vị tỉnh.',
    );
    expect(summarizeProfileRank({ name, months: [] }, vi)).toBe(
      'Chiên Đàn chưa có điểm trong tháng nào.',
    );
    expect(summarizeProfileRank({ name, months: [month('2026-04', null, null)] }, en)).toBe(
      'Chiên Đàn has no score in any month.',
    );
  });
});

describe('summarizeProfileGroups', () => {
  it('places every group against the band and names the strongest and weakest', () => {
    const months = [month('2026-03', 70, 9), month('2026-04', 72, 8), month('2026-05', null, null)];
    expect(summarizeProfileGroups({ name, months }, vi)).toBe(
      'Tháng 4/2026, so với khoảng Q1–Q3 của tỉnh, Chiên Đàn ở trên khoảng: “Công khai, minh bạch”, “Tiến độ giải quyết”; trong khoảng: “Dịch vụ công trực tuyến”, “Thanh toán trực tuyến”, “Số hóa hồ sơ”; dưới khoảng: “Mức độ hài lòng”. Mạnh nhất so với trung vị: “Công khai, minh bạch” (17,00; trung vị 14,00); yếu nhất: “Mức độ hài lòng” (11,00; trung vị 13,00).',
    );
    expect(summarizeProfileGroups({ name, months }, en)).toBe(
      'April 2026, against the province’s Q1–Q3 range, Chiên Đàn is above it in: “Publicity and transparency”, “Processing progress”; within it in: “Online public services”, “Online payment”, “Dossier digitisation”; below it in: “Satisfaction”. Strongest against the median: “Publicity and transparency” (17.00; median 14.00); weakest: “Satisfaction” (11.00; median 13.00).',
    );
  });

  it('names every tied group (equal shares of different maxima) and says "none" for an empty band', () => {
    // CKMB +1.8/18 and TDGQ +2/20 are both +10 % of the maximum; nothing is below Q1.
    const tied = { ckmb: 15.8, tdgq: 18, dvctt: 8, tttt: 6, mdsh: 15, mdhl: 12 };
    const months = [month('2026-04', 72, 8, 76, tied)];
    const text = summarizeProfileGroups({ name, months }, en);
    expect(text).toContain(
      'Strongest against the median: “Publicity and transparency” (15.80; median 14.00), “Processing progress” (18.00; median 16.00);',
    );
    expect(text).toContain('below it in: none.');
    expect(summarizeProfileGroups({ name, months }, vi)).toContain('dưới khoảng: không nhóm nào.');
  });

  it('says when every group is as far from the median, and when nothing can be compared', () => {
    const atMedian = { ckmb: 14, tdgq: 16, dvctt: 9, tttt: 7, mdsh: 17, mdhl: 13 };
    const months = [month('2026-04', 72, 8, 76, atMedian)];
    expect(summarizeProfileGroups({ name, months }, vi)).toMatch(
      /trên khoảng: không nhóm nào; .*dưới khoảng: không nhóm nào\. Mọi nhóm cách trung vị tỉnh như nhau\.$/,
    );
    expect(summarizeProfileGroups({ name, months: [] }, vi)).toBe(
      'Chiên Đàn chưa có điểm nhóm nào để so với tỉnh.',
    );
    const noProvince = [{ ...month('2026-04', 72, 8), province: null }];
    expect(summarizeProfileGroups({ name, months: noProvince }, en)).toBe(
      'Chiên Đàn has no group scores to compare with the province.',
    );
  });
});

describe('summarizeActivity', () => {
  const input = {
    title: 'Hồ sơ thủ tục hành chính',
    months: ['2026-01', '2026-02', '2026-03', '2026-04'],
    series: [
      { name: 'Tiếp nhận', values: [1480, 993, null, 1480], color: '#000', kind: 'bar' as const },
      {
        name: 'Đã giải quyết',
        values: [null, null, null, null],
        color: '#000',
        kind: 'line' as const,
      },
    ],
  };

  it('gives each series its highest and lowest month (earliest on a tie), or its one value', () => {
    expect(summarizeActivity(input, vi)).toBe(
      'Hồ sơ thủ tục hành chính, tháng 1/2026 – tháng 4/2026: Tiếp nhận cao nhất 1.480 (tháng 1/2026), thấp nhất 993 (tháng 2/2026); Đã giải quyết: không có số liệu.',
    );
    const english = {
      ...input,
      title: 'Administrative dossiers',
      series: [
        { name: 'Received', values: [4, 4, 4, 4], color: '#000', kind: 'bar' as const },
        { name: 'Resolved', values: [1, 2, 3, 0], color: '#000', kind: 'line' as const },
      ],
    };
    expect(summarizeActivity(english, en)).toBe(
      'Administrative dossiers, January 2026 – April 2026: Received: 4 in every month with data; Resolved: highest 3 (March 2026), lowest 0 (April 2026).',
    );
  });

  it('says there is no data without months', () => {
    expect(summarizeActivity({ ...input, months: [], series: [] }, vi)).toBe(
      'Hồ sơ thủ tục hành chính: không có số liệu.',
    );
    expect(summarizeActivity({ ...input, title: 'Petitions', months: [] }, en)).toBe(
      'Petitions: no data.',
    );
  });
});
