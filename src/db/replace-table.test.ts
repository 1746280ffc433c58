import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import { dossiersSpec, indexScoresSpec, petitionsSpec, unitsSpec } from '../data/schema.ts';
import type { ValidRow } from '../data/schema.ts';
import type { DbClient } from './db-client.ts';
import { lockDown } from './lock-down.ts';
import { replaceTable } from './replace-table.ts';

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
});

const UNITS: readonly ValidRow[] = [
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
    code: '20242',
    name: 'Hải Châu',
    type: 'phuong',
    former_district: 'Quận Hải Châu, TP Đà Nẵng cũ',
    area_km2: 7.58,
    population: null,
    population_source: null,
    province: null,
    portal_id: null,
    portal_code: null,
  },
  {
    code: '20400',
    name: 'Chiên Đàn',
    type: 'xa',
    former_district: 'Huyện Phú Ninh, tỉnh Quảng Nam cũ',
    area_km2: 35.25,
    population: 12000,
    population_source: 'Niên giám; 2024',
    province: null,
    portal_id: null,
    portal_code: null,
  },
  {
    code: '20500',
    name: 'Đông "Giang", cũ',
    type: 'xa',
    former_district: "Huyện Đông Giang, tỉnh Quảng Nam cũ; 'x'",
    area_km2: 800,
    population: 0,
    population_source: 'Dòng\nhai',
    province: null,
    portal_id: null,
    portal_code: null,
  },
  {
    code: '20600',
    name: 'Hoàng Sa',
    type: 'dac_khu',
    former_district: 'Huyện Hoàng Sa, TP Đà Nẵng cũ',
    area_km2: 0.000001,
    population: 2147483647,
    population_source: null,
    province: null,
    portal_id: null,
    portal_code: null,
  },
];

const SCORES: readonly ValidRow[] = [
  {
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
  },
  {
    code: '20242',
    snapshot_date: '2024-02-29',
    period_type: 'quarter',
    period: '2024-Q1',
    ckmb: 0,
    tdgq: 20,
    dvctt: 12,
    tttt: 10,
    mdsh: 22,
    mdhl: 18,
    total: null,
  },
];

const selectAll = (table: string) => db.query(`SELECT * FROM ${table} ORDER BY code`);

async function describeTable(table: string): Promise<[unknown, unknown][]> {
  const rows = await db.query(`DESCRIBE ${table}`);
  return rows.map((row) => [row.column_name, row.column_type]);
}

const countRows = async (table: string): Promise<unknown> =>
  (await db.query(`SELECT count(*) AS n FROM ${table}`))[0]?.n;

describe('replaceTable', () => {
  it('round-trips units identically: diacritics, quotes, commas, zeros, nulls, decimals', async () => {
    await replaceTable(db, unitsSpec, UNITS);
    expect(await selectAll('units')).toEqual(UNITS);
    const [first] = await selectAll('units');
    expect(first?.code).toBe('00004');
    expect(first?.population).toBeNull();
  });

  it('stores values that compare exactly in SQL, not only after reading back', async () => {
    await replaceTable(db, unitsSpec, UNITS);
    const rows = await db.query(
      'SELECT code FROM units WHERE name = ? OR area_km2 = 7.58 OR code = ? ORDER BY code',
      ['Đông "Giang", cũ', '00004'],
    );
    expect(rows.map((row) => row.code)).toEqual(['00004', '20242', '20500']);
    const nulls = await db.query('SELECT count(*) AS n FROM units WHERE population IS NULL');
    expect(nulls[0]?.n).toBe(2);
  });

  it('creates the columns with the types of the schema', async () => {
    await replaceTable(db, unitsSpec, UNITS);
    expect(await describeTable('units')).toEqual([
      ['code', 'VARCHAR'],
      ['name', 'VARCHAR'],
      ['type', 'VARCHAR'],
      ['former_district', 'VARCHAR'],
      ['area_km2', 'DOUBLE'],
      ['population', 'INTEGER'],
      ['population_source', 'VARCHAR'],
      ['province', 'VARCHAR'],
      ['portal_id', 'VARCHAR'],
      ['portal_code', 'VARCHAR'],
    ]);
  });

  it('round-trips dates as DATE and keeps a null total', async () => {
    await replaceTable(db, indexScoresSpec, SCORES);
    const rows = await db.query(
      "SELECT code, strftime(snapshot_date, '%Y-%m-%d') AS day, typeof(snapshot_date) AS kind, ckmb, mdhl, total FROM index_scores ORDER BY code",
    );
    expect(rows).toEqual([
      { code: '00004', day: '2026-05-31', kind: 'DATE', ckmb: 13.51, mdhl: 15.44, total: 73.61 },
      { code: '20242', day: '2024-02-29', kind: 'DATE', ckmb: 0, mdhl: 18, total: null },
    ]);
  });

  it('creates an empty table with the right column types for an empty rows array', async () => {
    await replaceTable(db, indexScoresSpec, []);
    expect(await countRows('index_scores')).toBe(0);
    expect(await describeTable('index_scores')).toEqual([
      ['code', 'VARCHAR'],
      ['snapshot_date', 'DATE'],
      ['period_type', 'VARCHAR'],
      ['period', 'VARCHAR'],
      ['ckmb', 'DOUBLE'],
      ['tdgq', 'DOUBLE'],
      ['dvctt', 'DOUBLE'],
      ['tttt', 'DOUBLE'],
      ['mdsh', 'DOUBLE'],
      ['mdhl', 'DOUBLE'],
      ['total', 'DOUBLE'],
      ['total_flag', 'VARCHAR'],
      ['published_rank', 'INTEGER'],
      ['dossiers_received', 'INTEGER'],
      ['dossiers_on_time', 'INTEGER'],
      ['dossiers_overdue', 'INTEGER'],
      ['avg_processing_days', 'DOUBLE'],
    ]);

    await replaceTable(db, dossiersSpec, []);
    expect(await countRows('dossiers')).toBe(0);
    const dossierTypes = await describeTable('dossiers');
    expect(dossierTypes.slice(0, 2)).toEqual([
      ['code', 'VARCHAR'],
      ['month', 'VARCHAR'],
    ]);
    expect(dossierTypes.slice(2)).toEqual(
      dossiersSpec.columns.slice(2).map((column) => [column.name, 'INTEGER']),
    );
  });

  it('replaces the table on a second run instead of appending', async () => {
    await replaceTable(db, unitsSpec, UNITS);
    await replaceTable(db, unitsSpec, UNITS);
    expect(await countRows('units')).toBe(UNITS.length);

    const subset = UNITS.slice(1, 3);
    await replaceTable(db, unitsSpec, subset);
    expect(await selectAll('units')).toEqual(subset);

    await replaceTable(db, unitsSpec, []);
    expect(await countRows('units')).toBe(0);
  });

  it('keeps every value in its own row when inserting many rows at once', async () => {
    const rows: ValidRow[] = Array.from({ length: 3000 }, (_, index) => {
      const code = String(index).padStart(5, '0');
      return {
        code,
        month: '2026-05',
        topic: 'khac',
        received: index,
        answered_on_spot: index % 7,
        answered_later: index % 3 === 0 ? 0 : 1,
        transferred: 0,
        pending: index * 2,
      };
    });
    await replaceTable(db, petitionsSpec, rows);
    const check = await db.query(
      'SELECT count(*) AS n, count(*) FILTER (WHERE CAST(code AS INTEGER) = received AND pending = 2 * received) AS aligned, min(code) AS first FROM petitions',
    );
    expect(check).toEqual([{ n: 3000, aligned: 3000, first: '00000' }]);
    expect(await db.query('SELECT * FROM petitions WHERE code = ?', ['02999'])).toEqual([
      rows[2999],
    ]);
  });

  it('handles a single row whose only nullable values are all null', async () => {
    const row: ValidRow = { ...UNITS[0], code: '00001' };
    await replaceTable(db, unitsSpec, [row]);
    expect(await selectAll('units')).toEqual([row]);
  });
});

// Runs last: lockDown cannot be undone on this database.
describe('replaceTable after lockDown', () => {
  it('still creates and fills tables once external access is disabled', async () => {
    await lockDown(db);
    await expect(db.query('SET enable_external_access = true')).rejects.toThrow();

    await replaceTable(db, unitsSpec, UNITS);
    expect(await selectAll('units')).toEqual(UNITS);
    await replaceTable(db, unitsSpec, UNITS.slice(0, 1));
    expect(await selectAll('units')).toEqual(UNITS.slice(0, 1));
  });
});
