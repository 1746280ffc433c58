import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { unitsSpec } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { CONSOLE_ROW_LIMIT, runConsoleQuery } from './run-console-query.ts';

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  const text = readFileSync(new URL('../../../test/fixtures/units.csv', import.meta.url), 'utf8');
  await loadCsvDataset(db, unitsSpec, 'units.csv', text);
  await lockDown(db);
});

describe('runConsoleQuery', () => {
  it('returns columns and rows of a query, a trailing semicolon allowed', async () => {
    const result = await runConsoleQuery(
      db,
      "SELECT code, name FROM units WHERE type = 'xa' ORDER BY code;",
    );
    expect(result.columns).toEqual(['code', 'name']);
    expect(result.rows.map((row) => row[0])).toEqual(['20300', '20400', '20500']);
    expect(result.truncated).toBe(false);
  });

  it('accepts DESCRIBE and counts as plain numbers', async () => {
    const described = await runConsoleQuery(db, 'DESCRIBE units');
    expect(described.rows.map((row) => row[0])).toContain('population');
    const counted = await runConsoleQuery(db, 'SELECT count(*) AS n FROM units');
    expect(counted.rows).toEqual([[7]]);
  });

  it('cuts long results at the limit and says so', async () => {
    const result = await runConsoleQuery(db, 'SELECT * FROM range(1000)');
    expect(result.rows).toHaveLength(CONSOLE_ROW_LIMIT);
    expect(result.truncated).toBe(true);
  });

  it.each([
    ['a second statement', 'SELECT 1; DROP TABLE units'],
    ['a statement smuggled after a closing parenthesis', 'SELECT 1) AS x; DROP TABLE units; --'],
    ['DDL', 'DROP TABLE units'],
    ['DML', "DELETE FROM units WHERE code = '20242'"],
    ['file access', "SELECT * FROM read_csv('/etc/passwd')"],
    ['configuration changes', 'SET enable_external_access = true'],
  ])('refuses %s and leaves the data intact', async (_label, sql) => {
    await expect(runConsoleQuery(db, sql)).rejects.toThrow();
    const check = await runConsoleQuery(db, 'SELECT count(*) AS n FROM units');
    expect(check.rows).toEqual([[7]]);
  });
});
