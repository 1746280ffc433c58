import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { csvCell, formatCsvExport, provenanceCells, type CsvColumn } from './format-csv-export.ts';

interface Row {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}
const columns: CsvColumn<Row>[] = [
  { header: 'code', value: (row) => row.code },
  { header: 'ten', value: (row) => row.name },
  { header: 'gia_tri', value: (row) => row.value },
];

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('Đông "Giang"')).toBe('"Đông ""Giang"""');
    expect(csvCell('Quận A; Quận B, TP cũ')).toBe('"Quận A; Quận B, TP cũ"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('Hải Châu')).toBe('Hải Châu');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('keeps plain negative numbers numeric, as numbers or as text', () => {
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('-3.25')).toBe('-3.25');
  });

  it('writes null and non-finite numbers as empty cells, never NaN or Infinity', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatCsvExport', () => {
  const rows: Row[] = [
    { code: '00004', name: 'Ba Đình', value: 97.85 },
    { code: '20500', name: 'Đông "Giang"', value: null },
  ];

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const text = formatCsvExport(rows, columns);
    expect(text.startsWith('\uFEFFcode,ten,gia_tri\r\n')).toBe(true);
    expect(text).toBe(
      '\uFEFFcode,ten,gia_tri\r\n00004,Ba Đình,97.85\r\n20500,"Đông ""Giang""",\r\n',
    );
  });

  it('adds the synthetic-data note as a ghi_chu column on every row', () => {
    const text = formatCsvExport(rows, columns, { note: 'Dữ liệu mẫu (tổng hợp)' });
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('code,ten,gia_tri,ghi_chu');
    expect(lines[1]).toBe('00004,Ba Đình,97.85,Dữ liệu mẫu (tổng hợp)');
    expect(lines[2]?.endsWith(',Dữ liệu mẫu (tổng hợp)')).toBe(true);
  });

  it('reads back to the same values with the app’s own CSV parser (codes keep their zeros)', () => {
    const parsed = parseCsv(formatCsvExport(rows, columns));
    expect(parsed.header).toEqual(['code', 'ten', 'gia_tri']);
    expect(parsed.records.map((record) => record.values)).toEqual([
      ['00004', 'Ba Đình', '97.85'],
      ['20500', 'Đông "Giang"', ''],
    ]);
  });

  it('writes the provenance in a last xuat_xu column, one fact per row, header first', () => {
    const facts = ['Tiêu đề: Xếp hạng', '=cmd|x', 'Trang: http://a/?b=1,2'];
    const text = formatCsvExport([...rows, ...rows], columns, {
      note: 'Dữ liệu mẫu',
      provenance: facts,
    });
    const parsed = parseCsv(text);
    expect(parsed.header).toEqual(['code', 'ten', 'gia_tri', 'ghi_chu', 'xuat_xu']);
    expect(parsed.records.map((record) => record.values.at(-1))).toEqual([
      'Tiêu đề: Xếp hạng',
      // A fact is a cell like any other: guarded against running as a formula.
      "'=cmd|x",
      'Trang: http://a/?b=1,2',
      '',
    ]);
    expect(parsed.records.every((record) => record.values.length === 5)).toBe(true);
    expect(parsed.records.map((record) => record.values[3])).toEqual(Array(4).fill('Dữ liệu mẫu'));
  });

  it('puts the facts that do not fit in the last row, and none without rows', () => {
    expect(provenanceCells(['a', 'b', 'c'], 2)).toEqual(['a', 'b | c']);
    expect(provenanceCells(['a'], 3)).toEqual(['a', null, null]);
    expect(provenanceCells(['a', 'b'], 0)).toEqual([]);
  });

  it('writes just the header for no rows', () => {
    expect(formatCsvExport([], columns)).toBe('\uFEFFcode,ten,gia_tri\r\n');
  });
});
