import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDbWithConsole } from '../../../test/helpers/node-db.ts';
import { loadPublishedData } from '../../ingest/load-published.ts';
import type { DbClient } from '../db-client.ts';
import type { ConsoleClient } from './console-client.ts';
import { getConsoleColumns } from './get-console-columns.ts';
import { ConsoleQueryError, runConsoleQuery } from './run-console-query.ts';

let db: DbClient;
let client: ConsoleClient;

const publicFile = (name: string) =>
  readFile(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8');

beforeAll(async () => {
  const engine = await createNodeDbWithConsole();
  db = engine.db;
  client = engine.console;
  // The published sample, loaded and locked down as the site does (`lockDown` runs in it).
  await loadPublishedData(Promise.resolve(db), publicFile);
}, 60_000);

async function failure(sql: string): Promise<ConsoleQueryError> {
  const error: unknown = await runConsoleQuery(client, sql).then(
    () => new Error('the query ran'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof ConsoleQueryError)) throw new Error(`not refused: ${String(error)}`);
  return error;
}

describe('runConsoleQuery on its own connection', () => {
  it('returns columns with their kinds, rows by position (a repeated name numbered) and a run time', async () => {
    const result = await runConsoleQuery(
      client,
      `SELECT s.code, u.code, u.name, s.snapshot_date, s.total, CAST(NULL AS BOOLEAN) AS nothing
FROM index_scores s JOIN units u USING (code)
ORDER BY s.snapshot_date, s.code LIMIT 2;`,
    );
    expect(result.columns).toEqual([
      { name: 'code', kind: 'text' },
      { name: 'code_1', kind: 'text' },
      { name: 'name', kind: 'text' },
      { name: 'snapshot_date', kind: 'date' },
      { name: 'total', kind: 'number' },
      { name: 'nothing', kind: 'boolean' },
    ]);
    const first = result.rows[0] ?? [];
    expect(first[0]).toBe(first[1]);
    expect(first[3]).toBe(Date.UTC(2025, 6, 31));
    expect(first[5]).toBeNull();
    expect(result.truncated).toBe(false);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('turns counts, HUGEINT sums and timestamps into plain numbers', async () => {
    const result = await runConsoleQuery(
      client,
      "SELECT count(*) AS n, sum(received) AS total, TIMESTAMP '2026-01-02 03:04:05' AS at FROM petitions",
    );
    const [n, total, at] = result.rows[0] ?? [];
    expect(typeof n).toBe('number');
    expect(typeof total).toBe('number');
    expect(result.columns[2]?.kind).toBe('timestamp');
    expect(at).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
  });

  it('accepts DESCRIBE, SHOW TABLES, FROM-first and a leading comment', async () => {
    const described = await runConsoleQuery(client, 'DESCRIBE units');
    expect(described.rows.map((row) => row[0])).toContain('population');
    const tables = await runConsoleQuery(client, 'SHOW TABLES');
    expect(tables.rows.map((row) => row[0])).toContain('petitions');
    const counted = await runConsoleQuery(client, '-- units\nFROM units SELECT count(*)');
    expect(counted.rows).toEqual([[94]]);
  });

  it('keeps at most the row limit and says so; exactly the limit is not cut', async () => {
    const cut = await runConsoleQuery(client, 'SELECT * FROM range(5000)', 3000);
    expect(cut.rows).toHaveLength(3000);
    expect(cut.truncated).toBe(true);
    const whole = await runConsoleQuery(client, 'SELECT * FROM range(3000)', 3000);
    expect(whole.truncated).toBe(false);
  });

  it("places an engine error on the line and column of the reader's text", async () => {
    const error = await failure('SELECT code,\n  nme FROM units');
    expect(error.position).toEqual({ line: 2, column: 3 });
    expect(error.message).toContain('Referenced column "nme" not found');
    expect(error.message).not.toContain('LINE');
    // On the first line the wrapper's prefix is not counted.
    expect((await failure('SELECT * FROM no_such_table')).position).toEqual({
      line: 1,
      column: 15,
    });
  });

  it.each([
    ['a second statement', 'SELECT 1; DROP TABLE units'],
    ['a statement smuggled after a closing parenthesis', 'SELECT 1) AS x; DROP TABLE units; --'],
    ['DDL', 'DROP TABLE units'],
    ['DML', "DELETE FROM units WHERE code = '20242'"],
    ['DDL after a comment', '/* x */ CREATE TABLE t AS SELECT 1'],
    ['a file read', "SELECT * FROM read_csv('/etc/passwd')"],
    ['a URL read', "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')"],
    ['a configuration change', 'SET enable_external_access = true'],
    ['an extension install', 'INSTALL httpfs'],
    ['an attached database', "ATTACH 'other.db'"],
    ['a query() of DDL', "SELECT * FROM query('DROP TABLE units')"],
  ])('refuses %s and leaves the data intact', async (_label, sql) => {
    await expect(runConsoleQuery(client, sql)).rejects.toBeInstanceOf(ConsoleQueryError);
    const check = await runConsoleQuery(client, 'SELECT count(*) AS n FROM units');
    expect(check.rows).toEqual([[94]]);
  });

  it('names the statement it refuses, where it starts', async () => {
    const error = await failure('\n  DROP TABLE units');
    expect(error.reason).toBe('not_a_query');
    expect(error.statement).toBe('DROP');
    expect(error.position).toEqual({ line: 2, column: 3 });
  });

  it('sees the lockdown on the console connection: the settings are database-wide', async () => {
    const settings = await runConsoleQuery(
      client,
      `SELECT current_setting('enable_external_access'), current_setting('lock_configuration'),
  current_setting('autoload_known_extensions'), current_setting('autoinstall_known_extensions')`,
    );
    expect(settings.rows).toEqual([[false, true, false, false]]);
  });
});

describe('getConsoleColumns', () => {
  it('lists the loaded tables with their columns in order', async () => {
    const tables = await getConsoleColumns(db);
    expect(tables.map((table) => table.table)).toEqual([
      'dossiers',
      'index_metrics',
      'index_scores',
      'petitions',
      'units',
    ]);
    const scores = tables.find((table) => table.table === 'index_scores');
    expect(scores?.columns.slice(0, 2)).toEqual([
      { name: 'code', type: 'VARCHAR' },
      { name: 'snapshot_date', type: 'DATE' },
    ]);
    const metrics = tables.find((table) => table.table === 'index_metrics');
    expect(metrics?.columns.map((column) => column.name)).toEqual([
      'code',
      'snapshot_date',
      'period_type',
      'period',
      'group',
      'metric_code',
      'metric_name',
      'numerator',
      'denominator',
      'ratio',
      'score',
      'max_score',
    ]);
  });
});
