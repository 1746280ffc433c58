import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { publishedCsv } from './published-csv.ts';
import { recogniseHeader } from './recognise-header.ts';
import { DATASET_ORDER, DATASET_SPECS } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';

const NOTE = 'Dữ liệu mẫu (tổng hợp), không phải số liệu chính thức';
const UNITS = [
  'code,name,type,former_district,area_km2,population,population_source,province',
  '20242,Hải Châu,phuong,"Quận Hải Châu, TP Đà Nẵng cũ",7.58,,,Đà Nẵng',
  '20243,Hòa Cường,phuong,"Quận Hải Châu, TP Đà Nẵng cũ",5.1,,,Đà Nẵng',
  '',
].join('\n');

describe('publishedCsv', () => {
  it('starts with a BOM and keeps the file byte for byte without a note', () => {
    expect(publishedCsv(UNITS, undefined)).toBe(`\uFEFF${UNITS}`);
    expect(publishedCsv(`\uFEFF${UNITS}`, undefined)).toBe(`\uFEFF${UNITS}`);
  });

  it('appends a ghi_chu column: the note on the first record, empty below, records unchanged', () => {
    const text = publishedCsv(UNITS, NOTE);
    const lines = text.slice(1).split('\n');
    expect(lines[0]).toBe(`${UNITS.split('\n')[0] ?? ''},ghi_chu`);
    expect(lines[1]).toBe(`${UNITS.split('\n')[1] ?? ''},"${NOTE}"`);
    expect(lines[2]).toBe(`${UNITS.split('\n')[2] ?? ''},`);
    expect(lines[3]).toBe('');
  });

  it('keeps CRLF line ends', () => {
    const text = publishedCsv(UNITS.replaceAll('\n', '\r\n'), NOTE);
    expect(text.slice(1).split('\r\n')).toHaveLength(4);
  });

  it('is read by the shared validator as the same rows, without an issue', () => {
    const source = validateDataset(DATASET_SPECS.units, 'units.csv', parseCsv(UNITS));
    const published = validateDataset(
      DATASET_SPECS.units,
      'units.csv',
      parseCsv(publishedCsv(UNITS, NOTE)),
    );
    expect(published.issues).toEqual([]);
    expect(published.rows).toEqual(source.rows);
    expect(published.rowsLoaded).toBe(2);
  });

  it('refuses a file whose records span lines, or that already has the note column', () => {
    expect(() => publishedCsv('code,name\n1,"a\nb"\n', NOTE)).toThrow(/spans/);
    expect(() => publishedCsv('code,ghi_chu\n1,x\n', NOTE)).toThrow(/ghi_chu/);
  });
});

describe('the files the site publishes (public/data, written by scripts/prepare-data.ts)', () => {
  const read = (file: string) =>
    readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8');
  let knownCodes: ReadonlySet<string> | undefined;

  it.each(DATASET_ORDER)(
    '%s: has a BOM, is recognised as itself and loads every row again, as an upload would',
    (id) => {
      const text = read(`${id}.csv`);
      const source = readFileSync(new URL(`../../data/${id}.csv`, import.meta.url), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const parsed = parseCsv(text);
      expect(recogniseHeader(parsed.header).dataset).toBe(id);
      const result = validateDataset(DATASET_SPECS[id], `${id}.csv`, parsed, { knownCodes });
      const original = validateDataset(DATASET_SPECS[id], `${id}.csv`, parseCsv(source), {
        knownCodes,
      });
      if (id === 'units') knownCodes = new Set(result.rows.map((row) => String(row.code)));
      expect(result.rowsRejected).toBe(0);
      expect(result.rows).toEqual(original.rows);
      expect(result.issues).toEqual(original.issues);
      // The synthetic datasets say so in the file; the units list is the real one.
      const note = parsed.header.indexOf('ghi_chu');
      if (id === 'units') expect(note).toBe(-1);
      else expect(parsed.records[0]?.values[note]).toMatch(/^Dữ liệu mẫu \(tổng hợp\)/);
    },
  );
});
