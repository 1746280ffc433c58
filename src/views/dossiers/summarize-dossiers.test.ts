import { describe, expect, it } from 'vitest';
import { chartContext } from '../../../test/helpers/chart-context.ts';
import { formatCsvExport } from '../../data/format-csv-export.ts';
import type { DossierCounts, DossierUnitRow } from '../../queries/questions.ts';
import { dossierCsvColumns } from './dossier-csv.ts';
import { summarizeDossiers } from './summarize-dossiers.ts';

const counts = (early: number, onTime: number, late: number, inTime: number): DossierCounts => ({
  carriedOver: 0,
  receivedOnline: early + onTime,
  receivedInPerson: late + inTime,
  receivedPostal: 0,
  resolvedEarly: early,
  resolvedOnTime: onTime,
  resolvedLate: late,
  pendingInTime: inTime,
  pendingOverdue: 0,
  returned: 0,
  gap: 0,
});
const row = (code: string, name: string, value: DossierCounts | null): DossierUnitRow => ({
  code,
  name,
  type: 'xa',
  formerDistrict: 'Huyện A; Huyện B',
  formerDistricts: ['Huyện A', 'Huyện B'],
  counts: value,
});
const rows = [
  row('99001', 'Nguyệt Ấn', counts(1200, 714, 42, 133)),
  row('20242', 'Hải Châu', counts(100, 100, 100, 0)),
  row('20500', 'Nhỏ', counts(1, 1, 0, 0)),
  row('20600', 'Hoàng Sa', null),
];

describe('summarizeDossiers', () => {
  const { t, format } = chartContext('vi');
  it('states totals, the named rate, and best/worst among units with n ≥ 20', () => {
    expect(summarizeDossiers(rows, '2026-05', 'press', { t, format })).toBe(
      'Tháng 5/2026: 3 đơn vị có báo cáo, 2.391 hồ sơ đã xử lý; Tỷ lệ giải quyết đúng hạn (cách tính báo chí thường dùng) 93,71 %. Cao nhất (n ≥ 20): Nguyệt Ấn 97,85 %; thấp nhất: Hải Châu 66,67 %.',
    );
  });
  it('says when nobody reported', () => {
    expect(
      summarizeDossiers([rows[3] ?? row('1', 'x', null)], '2026-05', 'portal', { t, format }),
    ).toBe('Tháng 5/2026: không có báo cáo hồ sơ nào của các đơn vị đang lọc.');
  });
});

describe('dossierCsvColumns', () => {
  it('exports the raw buckets and both rates with their n, empty cells for no report', () => {
    const text = formatCsvExport(rows, dossierCsvColumns('2026-05'), { note: 'mẫu' });
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'code,name,type,former_district,month,carried_over,received_online,received_in_person,received_postal,online_share_pct,resolved_early,resolved_on_time,resolved_late,pending_in_time,pending_overdue,returned,all_handled,portal_rate_pct,portal_rate_n,press_rate_pct,press_rate_n,balance_gap,ghi_chu',
    );
    expect(lines[1]).toBe(
      '99001,Nguyệt Ấn,xa,Huyện A; Huyện B,2026-05,0,1914,175,0,91.62,1200,714,42,133,0,0,2089,97.99,2089,97.85,1956,0,mẫu',
    );
    expect(lines[4]).toBe('20600,Hoàng Sa,xa,Huyện A; Huyện B,2026-05,,,,,,,,,,,,,,,,,,mẫu');
  });
});
