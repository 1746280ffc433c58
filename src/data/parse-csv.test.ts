import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads the header and one record per line, numbering lines from 1 (the header)', () => {
    const parsed = parseCsv('code,name\n20242,Hải Châu\n20300,Hòa Vang\n');
    expect(parsed).toEqual({
      header: ['code', 'name'],
      headerLine: 1,
      delimiter: ',',
      records: [
        { line: 2, values: ['20242', 'Hải Châu'] },
        { line: 3, values: ['20300', 'Hòa Vang'] },
      ],
      errors: [],
    });
  });

  it('strips a UTF-8 BOM so the first header name is clean', () => {
    const parsed = parseCsv('\uFEFFcode,name\n20242,Hải Châu\n');
    expect(parsed.header).toEqual(['code', 'name']);
    expect(parsed.header[0]).toHaveLength(4);
    expect(parsed.records).toEqual([{ line: 2, values: ['20242', 'Hải Châu'] }]);
  });

  it('keeps a BOM-like character that is not at the very start', () => {
    const parsed = parseCsv('code,name\n20242,a\uFEFFb\n');
    expect(parsed.records[0]?.values).toEqual(['20242', 'a\uFEFFb']);
  });

  it('detects a semicolon delimiter and leaves commas inside values alone', () => {
    const parsed = parseCsv(
      'code;area_km2;former_district\n20242;7,58;Quận Hải Châu, TP Đà Nẵng cũ\n',
    );
    expect(parsed.delimiter).toBe(';');
    expect(parsed.header).toEqual(['code', 'area_km2', 'former_district']);
    expect(parsed.records).toEqual([
      { line: 2, values: ['20242', '7,58', 'Quận Hải Châu, TP Đà Nẵng cũ'] },
    ]);
  });

  it('detects a comma delimiter even when values contain semicolons', () => {
    const parsed = parseCsv('code,note\n20242,"a; b; c"\n20300,x\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.records.map((record) => record.values)).toEqual([
      ['20242', 'a; b; c'],
      ['20300', 'x'],
    ]);
  });

  it('unquotes fields holding the delimiter, the other delimiter, newlines and escaped quotes', () => {
    const text = [
      'code,name,note',
      '20500,"Đông ""Giang""","a, b; c"',
      '20600,"Hoàng',
      'Sa","x"',
      '20700,"",""""',
    ].join('\n');
    const parsed = parseCsv(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual([
      { line: 2, values: ['20500', 'Đông "Giang"', 'a, b; c'] },
      { line: 3, values: ['20600', 'Hoàng\nSa', 'x'] },
      { line: 5, values: ['20700', '', '"'] },
    ]);
  });

  it('skips blank lines but keeps every record on its true line', () => {
    const text = [
      'code,name', // 1
      '', // 2
      '20242,Hải Châu', // 3
      '', // 4
      '', // 5
      '20300,"Hòa', // 6
      '', // 7 (inside the quoted value: not a blank line)
      'Vang"', // 8
      '', // 9
      '20400,Chiên Đàn', // 10
    ].join('\n');
    const parsed = parseCsv(text);
    expect(parsed.records).toEqual([
      { line: 3, values: ['20242', 'Hải Châu'] },
      { line: 6, values: ['20300', 'Hòa\n\nVang'] },
      { line: 10, values: ['20400', 'Chiên Đàn'] },
    ]);
  });

  it('skips whitespace-only and delimiter-only lines without shifting later line numbers', () => {
    const text = [
      'code;name', // 1
      '   ', // 2
      '20242;Hải Châu', // 3
      ' \t ', // 4
      ';', // 5 (an empty row as spreadsheets export it)
      '20300;Hòa Vang', // 6
    ].join('\n');
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records).toEqual([
      { line: 3, values: ['20242', 'Hải Châu'] },
      { line: 6, values: ['20300', 'Hòa Vang'] },
    ]);
  });

  it('finds the header after leading blank lines', () => {
    const parsed = parseCsv('\n\ncode,name\n20242,Hải Châu\n');
    expect(parsed.header).toEqual(['code', 'name']);
    expect(parsed.records).toEqual([{ line: 4, values: ['20242', 'Hải Châu'] }]);
  });

  it('reports an unterminated quote with the line its record starts on', () => {
    const text = ['code,name', '20242,Hải Châu', '20300,"Hòa Vang', '20400,Chiên Đàn'].join('\n');
    const parsed = parseCsv(text);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.line).toBe(3);
    expect(parsed.errors[0]?.reason).toMatch(/quote/i);
    expect(parsed.errors[0]?.reason).toMatch(/line 3 .*2 lines, to line 4/);
    // The open quote is reported on its own line; reading resumes on the next line.
    expect(parsed.records.map((record) => record.line)).toEqual([2, 3, 4]);
    expect(parsed.records[0]?.values).toEqual(['20242', 'Hải Châu']);
    expect(parsed.records[2]?.values).toEqual(['20400', 'Chiên Đàn']);
  });

  it('never lets a stray quote make later lines disappear: every line is a record', () => {
    const lines = ['code,name'];
    for (let line = 2; line <= 95; line += 1) {
      lines.push(
        line === 47 ? `${String(line)},"Hòa Vang` : `${String(line)},Đơn vị ${String(line)}`,
      );
    }
    const parsed = parseCsv(lines.join('\r\n') + '\r\n');
    expect(parsed.records.map((record) => record.line)).toEqual(
      Array.from({ length: 94 }, (_, index) => index + 2),
    );
    expect(parsed.errors.map((error) => error.line)).toEqual([47]);
    expect(parsed.errors[0]?.reason).toMatch(/49 lines, to line 95/);
    expect(parsed.records.at(-1)?.values).toEqual(['95', 'Đơn vị 95']);
  });

  it('recovers from a stray quote even when a later quote could close it', () => {
    const text = ['code,name', '1,"a', '2,b', '3,c"x', '4,d', '5,"e"'].join('\n');
    const parsed = parseCsv(text);
    expect(parsed.records.map((record) => record.line)).toEqual([2, 3, 4, 5, 6]);
    // A quote inside an unquoted value is a literal character, not an error.
    expect(parsed.errors.map((error) => error.line)).toEqual([2]);
    expect(parsed.records[1]?.values).toEqual(['2', 'b']);
    expect(parsed.records[2]?.values).toEqual(['3', 'c"x']);
    expect(parsed.records[3]?.values).toEqual(['4', 'd']);
    expect(parsed.records[4]?.values).toEqual(['5', 'e']);
  });

  it('keeps a quoted value that legitimately spans lines and is closed', () => {
    const parsed = parseCsv('code,name\n1,"Hòa\nVang"\n2,x\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual([
      { line: 2, values: ['1', 'Hòa\nVang'] },
      { line: 4, values: ['2', 'x'] },
    ]);
  });

  it('does not drop an unterminated quote that opens on an otherwise empty line', () => {
    const parsed = parseCsv('code,name\n20242,Hải Châu\n"\n');
    expect(parsed.records.map((record) => record.line)).toEqual([2, 3]);
    expect(parsed.errors.map((error) => error.line)).toEqual([3]);
  });

  it('keeps every value a string: no dynamic typing of codes or numbers', () => {
    const parsed = parseCsv('code,area,count,flag\n00004,1.50,007,true\n');
    expect(parsed.records[0]?.values).toEqual(['00004', '1.50', '007', 'true']);
    for (const value of parsed.records[0]?.values ?? []) expect(typeof value).toBe('string');
  });

  it('handles CRLF line endings without leaving \\r in values, and counts lines the same', () => {
    const lf = 'code,name\n\n20242,Hải Châu\n20300,"Hòa\nVang"\n20400,Chiên Đàn\n';
    const crlf = lf.replaceAll('\n', '\r\n');
    const parsed = parseCsv(crlf);
    expect(parsed.header).toEqual(['code', 'name']);
    expect(parsed.records).toEqual([
      { line: 3, values: ['20242', 'Hải Châu'] },
      // Inside quotes the line break is data and stays as written.
      { line: 4, values: ['20300', 'Hòa\r\nVang'] },
      { line: 6, values: ['20400', 'Chiên Đàn'] },
    ]);
    expect(parseCsv(lf).records.map((record) => record.line)).toEqual([3, 4, 6]);
  });

  it('trims header names but not values', () => {
    const parsed = parseCsv(' code , name \n 20242 , Hải Châu \n');
    expect(parsed.header).toEqual(['code', 'name']);
    expect(parsed.records[0]?.values).toEqual([' 20242 ', ' Hải Châu ']);
  });

  it('returns records with a different field count as they are (the validator judges them)', () => {
    const parsed = parseCsv('a,b,c\n1,2\n1,2,3,4\n');
    expect(parsed.records).toEqual([
      { line: 2, values: ['1', '2'] },
      { line: 3, values: ['1', '2', '3', '4'] },
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('reads a file without a trailing newline, a header-only file and an empty file', () => {
    expect(parseCsv('a,b\n1,2').records).toEqual([{ line: 2, values: ['1', '2'] }]);
    expect(parseCsv('a,b\n')).toEqual({
      header: ['a', 'b'],
      headerLine: 1,
      delimiter: ',',
      records: [],
      errors: [],
    });
    expect(parseCsv('')).toEqual({
      header: [],
      headerLine: 0,
      delimiter: ',',
      records: [],
      errors: [],
    });
    expect(parseCsv('\n\ncode,name\n1,x\n').headerLine).toBe(3);
  });

  it('reads tab-delimited text (Excel "Unicode Text") and CR-only line breaks ("CSV (Macintosh)")', () => {
    const tabbed = parseCsv('code\tname\r\n20242\tHải Châu, cũ\r\n');
    expect(tabbed.delimiter).toBe('\t');
    expect(tabbed.records).toEqual([{ line: 2, values: ['20242', 'Hải Châu, cũ'] }]);
    const mac = parseCsv('code,name\r20242,A\r\r20243,"B\rC"\r20244,"D\r20245,E\r');
    expect(mac.records.map((record) => record.line)).toEqual([2, 4, 6, 7]);
    expect(mac.records[1]?.values).toEqual(['20243', 'B\nC']);
    // The stray quote on line 6 is reported there; line 7 is still read.
    expect(mac.errors.map((error) => error.line)).toEqual([6]);
    expect(mac.records[3]?.values).toEqual(['20245', 'E']);
  });
});
