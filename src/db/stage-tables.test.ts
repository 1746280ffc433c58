import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import { toColumnBatch } from '../data/column-batch.ts';
import { petitionsSpec, unitsSpec, type ValidRow } from '../data/schema.ts';
import type { DbClient } from './db-client.ts';
import { lockDown } from './lock-down.ts';
import { replaceTable, stageTables } from './replace-table.ts';

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  await replaceTable(db, unitsSpec, [unit(1)]);
  // Batches are Arrow inserts: they must keep working once the engine is locked down.
  await lockDown(db);
});

function unit(index: number): ValidRow {
  return {
    code: String(index).padStart(5, '0'),
    name: `Đơn vị "${String(index)}"`,
    type: 'xa',
    former_district: 'Huyện A cũ; Huyện B cũ',
    area_km2: index / 8,
    population: index % 2 === 0 ? null : index,
    population_source: null,
    province: null,
  };
}

const rows = async (sql: string) => db.query(sql);
const tables = async () =>
  (await rows('SELECT table_name FROM duckdb_tables() ORDER BY table_name')).map(
    (row) => row.table_name,
  );

describe('stageTables', () => {
  it('fills staging tables batch by batch and swaps them in only on commit', async () => {
    const staged = await stageTables(db, [unitsSpec, petitionsSpec]);
    const batch = Array.from({ length: 5000 }, (_, index) => unit(index + 10));
    await staged.append('units', toColumnBatch(unitsSpec, batch.slice(0, 3000)));
    await staged.append('units', toColumnBatch(unitsSpec, batch.slice(3000)));
    expect(staged.inserted('units')).toBe(5000);
    // The live table is untouched meanwhile.
    expect(await rows('SELECT count(*) AS n FROM units')).toEqual([{ n: 1 }]);
    await staged.commit();
    expect(await rows('SELECT count(*) AS n, sum(population) AS p FROM units')).toEqual([
      { n: 5000, p: batch.reduce((sum, row) => sum + Number(row.population ?? 0), 0) },
    ]);
    expect(await rows("SELECT * FROM units WHERE code = '00011'")).toEqual([
      { ...unit(11), area_km2: 11 / 8, portal_id: null, portal_code: null },
    ]);
    expect(await rows('SELECT count(*) AS n FROM petitions')).toEqual([{ n: 0 }]);
    expect((await tables()).filter((name) => String(name).endsWith('__staging'))).toEqual([]);
  });

  it('changes nothing when discarded, and refuses batches after that', async () => {
    const before = await rows('SELECT count(*) AS n FROM units');
    const staged = await stageTables(db, [unitsSpec]);
    await staged.append('units', toColumnBatch(unitsSpec, [unit(1), unit(2)]));
    await staged.discard();
    expect(await rows('SELECT count(*) AS n FROM units')).toEqual(before);
    expect(await tables()).not.toContain('units__staging');
    await expect(staged.append('units', toColumnBatch(unitsSpec, [unit(3)]))).rejects.toThrow();
    await expect(staged.append('petitions', toColumnBatch(petitionsSpec, []))).rejects.toThrow();
  });

  it('refuses a batch that is not the table’s columns', async () => {
    const staged = await stageTables(db, [unitsSpec, petitionsSpec]);
    const wrong = toColumnBatch(unitsSpec, [unit(4)]);
    await expect(staged.append('petitions', wrong)).rejects.toThrow(/column/);
    await staged.discard();
  });
});
