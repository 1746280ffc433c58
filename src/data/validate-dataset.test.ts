import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { dossiersSpec, indexScoresSpec, petitionsSpec, unitsSpec } from './schema.ts';
import { fixture, run, csvText, UNITS_HEADER, UNIT_CODES } from '../../test/helpers/validation.ts';

describe('validateDataset: good files', () => {
  it('loads every unit with typed values, codes as strings and nulls for empty cells', () => {
    const result = run(unitsSpec, fixture('units.csv'));
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 7, rowsLoaded: 7, rowsRejected: 0, rowsFlagged: 0 });
    expect(result.rows.map((row) => row.code)).toEqual(UNIT_CODES);
    expect(result.rows[0]).toEqual({
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
    });
    expect(result.rows[1]?.area_km2).toBe(7.58);
    expect(result.rows[4]).toMatchObject({
      name: 'Chiên Đàn',
      population: 12000,
      population_source: 'Niên giám; 2024',
    });
    expect(result.rows[5]?.name).toBe('Đông "Giang"');
    expect(result.rows[6]?.type).toBe('dac_khu');
  });

  it('loads index scores, with a null total and a total 0.01 off the sum', () => {
    const result = run(indexScoresSpec, fixture('index-scores.csv'), {
      knownCodes: new Set(UNIT_CODES),
    });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 5, rowsLoaded: 5, rowsRejected: 0 });
    expect(result.rows[0]).toEqual({
      code: '00004',
      snapshot_date: '2026-05-31',
      period_type: 'month',
      period: '2026-05',
      ckmb: 13.51,
      tdgq: 16.31,
      dvctt: 8.57,
      tttt: 6.28,
      mdsh: 13.5,
      mdhl: 15.44,
      total: 73.61,
      total_flag: null,
      published_rank: null,
      dossiers_received: null,
      dossiers_on_time: null,
      dossiers_overdue: null,
      avg_processing_days: null,
    });
    expect(result.rows[1]?.total).toBeNull();
    expect(result.rows[2]?.total).toBe(50.01);
    expect(result.rows[3]).toMatchObject({ period_type: 'quarter', period: '2026-Q2', total: 100 });
  });

  it('loads balanced dossier rows without warnings', () => {
    const result = run(dossiersSpec, fixture('dossiers.csv'), { knownCodes: new Set(UNIT_CODES) });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 3, rowsLoaded: 3, rowsRejected: 0, rowsFlagged: 0 });
    expect(result.rows[1]).toEqual({
      code: '20242',
      month: '2026-05',
      carried_over: 0,
      received_online: 415,
      received_in_person: 374,
      received_postal: 10,
      resolved_early: 285,
      resolved_on_time: 377,
      resolved_late: 32,
      pending_in_time: 78,
      pending_overdue: 15,
      returned: 12,
    });
  });

  it('loads petition rows whose outcomes add up, including a zero row', () => {
    const result = run(petitionsSpec, fixture('petitions.csv'), {
      knownCodes: new Set(UNIT_CODES),
    });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 4, rowsLoaded: 4, rowsRejected: 0 });
    expect(result.rows.map((row) => [row.code, row.month, row.topic, row.received])).toEqual([
      ['00004', '2026-05', 'dat_dai', 2],
      ['00004', '2026-05', 'y_te', 0],
      ['20242', '2026-05', 'dat_dai', 7],
      ['20242', '2026-06', 'dat_dai', 1],
    ]);
  });

  it('loads an empty file body as zero rows read, loaded and rejected', () => {
    const result = run(unitsSpec, csvText(UNITS_HEADER));
    expect(result).toMatchObject({ rows: [], issues: [], rowsRead: 0, rowsLoaded: 0 });
  });
});

describe('validateDataset: file formats', () => {
  it('validates a BOM + semicolon + CRLF file exactly like the plain one', () => {
    const text = fixture('units-bom-semicolon-crlf.csv');
    // Guard the fixture itself: an editor or git must not have normalised it.
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(9);
    expect(parseCsv(text).delimiter).toBe(';');

    const plain = run(unitsSpec, fixture('units.csv'));
    const variant = run(unitsSpec, text);
    expect(variant.issues).toEqual([]);
    expect(variant.rows).toEqual(plain.rows);
    expect(variant.rows[0]?.code).toBe('00004');
    expect(variant.rows[0]?.former_district).toBe('Quận Ba Đình, Hà Nội cũ');
    expect(variant.rows[4]?.population_source).toBe('Niên giám; 2024');
  });

  it('does not depend on column order and ignores an unknown extra column', () => {
    const reordered = run(unitsSpec, fixture('units-reordered.csv'));
    expect(reordered.issues).toEqual([]);
    expect(reordered.rows).toEqual(run(unitsSpec, fixture('units.csv')).rows);
    for (const row of reordered.rows) expect(row).not.toHaveProperty('ghi_chu');
  });

  it('keeps codes with leading zeros as strings in every dataset', () => {
    const known = { knownCodes: new Set(UNIT_CODES) };
    const units = run(unitsSpec, fixture('units.csv'));
    const scores = run(indexScoresSpec, fixture('index-scores.csv'), known);
    const dossiers = run(dossiersSpec, fixture('dossiers.csv'), known);
    const petitions = run(petitionsSpec, fixture('petitions.csv'), known);
    for (const result of [units, scores, dossiers, petitions]) {
      expect(result.rows[0]?.code).toBe('00004');
    }
  });

  it('accepts a missing nullable column as all-null', () => {
    const text = csvText(
      'code,name,type,former_district,area_km2',
      '00004,Ba Đình,phuong,Hà Nội cũ,2.5',
    );
    const result = run(unitsSpec, text);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({ population: null, population_source: null });
  });
});
