import { describe, expect, it } from 'vitest';
import {
  batchBuffers,
  createColumnBatchBuilder,
  fromColumnBatch,
  toColumnBatch,
} from './column-batch.ts';
import { indexScoresSpec, unitsSpec, type ValidRow } from './schema.ts';

const UNITS: ValidRow[] = [
  {
    code: '00004',
    name: 'Ba Đình',
    type: 'phuong',
    former_district: 'Quận Ba Đình, Hà Nội cũ',
    area_km2: 2.5,
    population: null,
    population_source: null,
    province: null,
    portal_id: null,
    portal_code: null,
  },
  {
    code: '20500',
    name: 'Đông "Giang" 𝔸',
    type: 'xa',
    former_district: '',
    area_km2: 0,
    population: 2_147_483_647,
    population_source: 'Niên giám; 2024',
    province: 'Đà Nẵng',
    portal_id: '3f2b8c1e-5d4a-4e7b-9a6c-0d1e2f3a4b5c',
    portal_code: 'H44.196',
  },
];

describe('toColumnBatch', () => {
  it('encodes rows as typed columns in the spec order and decodes them back unchanged', () => {
    const batch = toColumnBatch(unitsSpec, UNITS);
    expect(batch.length).toBe(2);
    expect(batch.columns.map((column) => [column.name, column.type])).toEqual([
      ['code', 'utf8'],
      ['name', 'utf8'],
      ['type', 'utf8'],
      ['former_district', 'utf8'],
      ['area_km2', 'float64'],
      ['population', 'int32'],
      ['population_source', 'utf8'],
      ['province', 'utf8'],
      ['portal_id', 'utf8'],
      ['portal_code', 'utf8'],
    ]);
    const population = batch.columns[5];
    expect(population?.nulls).toBe(1);
    // Bits past the last row are padding (Arrow ignores them): only the first two count.
    expect((population?.valid?.[0] ?? 0) & 0b11).toBe(0b10);
    expect(batch.columns[0]?.valid).toBeNull();
    expect(fromColumnBatch(batch)).toEqual(UNITS);
  });

  it('stores dates as days since 1970 and converts each distinct date once', () => {
    const row = (date: string): ValidRow => ({
      code: '20242',
      snapshot_date: date,
      period_type: 'month',
      period: date.slice(0, 7),
      ckmb: 1,
      tdgq: 2,
      dvctt: 3,
      tttt: 4,
      mdsh: 5,
      mdhl: 6,
      total: null,
    });
    const batch = toColumnBatch(indexScoresSpec, [row('1970-01-02'), row('2024-02-29')]);
    const dates = batch.columns[1];
    expect(dates?.type).toBe('date');
    expect(dates?.type === 'date' ? [...dates.values] : []).toEqual([1, 19_782]);
    expect(fromColumnBatch(batch).map((decoded) => decoded.snapshot_date)).toEqual([
      '1970-01-02',
      '2024-02-29',
    ]);
  });

  it.each([
    ['text in a count', { population: 'many' }],
    ['a fraction in a count', { population: 1.5 }],
    ['a count beyond 32 bits', { population: 2 ** 31 }],
    ['a number as text', { area_km2: '2.5' }],
    ['a number as a name', { name: 7 }],
  ])('refuses %s rather than coercing it', (_, change) => {
    expect(() => toColumnBatch(unitsSpec, [{ ...UNITS[0], ...change }])).toThrow(TypeError);
  });

  it.each(['2026-02-31', '2026-2-3', '31/12/2026'])('refuses the date %s', (date) => {
    const row: ValidRow = { code: '20242', snapshot_date: date, period_type: 'month', period: 'p' };
    expect(() => toColumnBatch(indexScoresSpec, [row])).toThrow(TypeError);
  });

  it('builds batch after batch from one builder, each with its own buffers to transfer', () => {
    const builder = createColumnBatchBuilder(unitsSpec, 2);
    builder.add(UNITS[0] ?? {});
    builder.add(UNITS[1] ?? {});
    expect(() => {
      builder.add(UNITS[0] ?? {});
    }).toThrow(RangeError);
    const first = builder.build();
    builder.add(UNITS[1] ?? {});
    const second = builder.build();
    expect(fromColumnBatch(first)).toEqual(UNITS);
    expect(fromColumnBatch(second)).toEqual([UNITS[1]]);
    const buffers = batchBuffers(first);
    expect(buffers.length).toBeGreaterThanOrEqual(8);
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const buffer of batchBuffers(second)) expect(buffers).not.toContain(buffer);
  });
});
