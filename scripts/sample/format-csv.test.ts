import { describe, expect, it } from 'vitest';
import type { CsvColumn } from './format-csv.ts';
import { formatCsv, quoteCsvField } from './format-csv.ts';

interface Row {
  code: string;
  label: string;
  count: number;
}

const columns: readonly CsvColumn<Row>[] = [
  { name: 'code', value: (row) => row.code },
  { name: 'label', value: (row) => row.label },
  { name: 'count', value: (row) => row.count },
];

describe('formatCsv', () => {
  it('writes a header, LF line endings, a final newline and keeps leading zeros', () => {
    const text = formatCsv(columns, [{ code: '00004', label: 'Hải Châu', count: 1052 }]);
    expect(text).toBe('code,label,count\n00004,Hải Châu,1052\n');
    expect(text).not.toContain('\r');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('quotes only fields that need it', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('Quận Hải Châu, TP Đà Nẵng cũ')).toBe('"Quận Hải Châu, TP Đà Nẵng cũ"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).toBe('"two\nlines"');
  });

  it('refuses unformatted decimals', () => {
    expect(() => formatCsv(columns, [{ code: '1', label: 'x', count: 0.1 + 0.2 }])).toThrow(
      /count/,
    );
  });
});
