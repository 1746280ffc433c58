import { describe, expect, it } from 'vitest';
import { indexScoresSpec } from './schema.ts';
import { sheetRecords } from './sheet-records.ts';

const HEADER = ['code', 'snapshot_date', 'period_type', 'period', 'ckmb'];

describe('sheetRecords', () => {
  it('reads a date cell as its calendar day whether it came as UTC or local midnight', () => {
    // Tests run with TZ=Asia/Ho_Chi_Minh: local midnight is 17:00 UTC the day before.
    const serial = new Date(Date.UTC(2025, 6, 1));
    const isoText = new Date(2025, 6, 1);
    const csv = sheetRecords(
      [HEADER, ['20242', serial, 'month', serial, 1.5], ['20245', isoText, 'month', isoText, 2]],
      indexScoresSpec,
    );
    expect(csv.records.map((record) => record.values)).toEqual([
      ['20242', '2025-07-01', 'month', '2025-07', '1.5'],
      ['20245', '2025-07-01', 'month', '2025-07', '2'],
    ]);
  });

  it('writes typed numbers in the notation of the column, and booleans as text', () => {
    const csv = sheetRecords(
      [
        HEADER,
        ['1', '2025-07-31', 'month', '2025-07', 95.420000000000002],
        ['2', '', true, '', '1,5'],
      ],
      indexScoresSpec,
    );
    expect(csv.records.map((record) => record.values)).toEqual([
      ['1', '2025-07-31', 'month', '2025-07', '95,42'],
      ['2', '', 'TRUE', '', '1,5'],
    ]);
  });
});
