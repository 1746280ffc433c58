import { describe, expect, it } from 'vitest';
import { detectDataset, fitDataset, readHeaderLine } from './detect-dataset.ts';
import { parseCsv } from './parse-csv.ts';
import { DATASET_SPECS } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';

// What Excel in vi-VN writes for "CSV UTF-8": a BOM, `;`, CRLF, decimal commas, day-first dates
// and the headers officials type.
const SCORES_VI = [
  '\uFEFFMã xã;Ngày cập nhật;Loại kỳ;Tháng;Công khai, minh bạch;Tiến độ giải quyết;Dịch vụ công trực tuyến;Thanh toán trực tuyến;Số hóa hồ sơ;Mức độ hài lòng;Tổng điểm',
  '20242;31/7/2025;Tháng;2025-07;15,42;18,1;10;8,5;20;17,5;89,52',
  '20300;31/07/2025;tháng;7/2025;13;16;9,25;7;18,75;16;80',
  '',
].join('\r\n');

const DOSSIERS_UPPER = [
  'MA XA,THANG,Kỳ trước chuyển sang,Tiếp nhận trực tuyến,Tiếp nhận trực tiếp,Tiếp nhận qua bưu chính,Giải quyết trước hạn,Giải quyết đúng hạn,Giải quyết trễ hạn,Đang giải quyết trong hạn,Đang giải quyết quá hạn,Trả lại',
  '20242,07/2025,12,"1.052",40,0,"1.000",52,3,45,4,0',
  '20300,7/2025,0,17,3,0,10,5,1,4,0,0',
].join('\n');

describe('a spreadsheet export', () => {
  it('is recognised by its Vietnamese headers and loads with vi-VN numbers and dates', () => {
    expect(detectDataset(readHeaderLine(SCORES_VI))).toBe('index_scores');
    const result = validateDataset(DATASET_SPECS.index_scores, 'diem.csv', parseCsv(SCORES_VI));
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 2, rowsLoaded: 2, rowsRejected: 0 });
    expect(result.rows[0]).toEqual({
      code: '20242',
      snapshot_date: '2025-07-31',
      period_type: 'month',
      period: '2025-07',
      ckmb: 15.42,
      tdgq: 18.1,
      dvctt: 10,
      tttt: 8.5,
      mdsh: 20,
      mdhl: 17.5,
      total: 89.52,
      total_flag: null,
      published_rank: null,
      dossiers_received: null,
      dossiers_on_time: null,
      dossiers_overdue: null,
      avg_processing_days: null,
    });
    expect(result.rows[1]).toMatchObject({ period: '2025-07', period_type: 'month', dvctt: 9.25 });
  });

  it('reads upper-case unaccented headers and quoted thousands dots in a comma file', () => {
    expect(detectDataset(readHeaderLine(DOSSIERS_UPPER))).toBe('dossiers');
    const result = validateDataset(DATASET_SPECS.dossiers, 'hs.csv', parseCsv(DOSSIERS_UPPER));
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      month: '2025-07',
      received_online: 1052,
      resolved_early: 1000,
    });
  });

  it('says which columns are missing when a header is not recognised', () => {
    const header = ['Mã xã', 'Tên xã', 'Ghi chú'];
    expect(detectDataset(header)).toBeNull();
    // The portal publishes neither a former district nor an area: only the type is required.
    expect(fitDataset('units', header).missing).toEqual(['type']);
  });

  it('reports a column named twice, by name and by alias', () => {
    const text =
      'code,Mã xã,month,topic,received,answered_on_spot,answered_later,transferred,pending\n';
    const result = validateDataset(DATASET_SPECS.petitions, 'p.csv', parseCsv(text));
    expect(result.issues.map((issue) => [issue.code, issue.column])).toEqual([
      ['duplicate_column', 'code'],
    ]);
  });
});
