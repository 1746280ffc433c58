import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDbWithConsole } from '../../../test/helpers/node-db.ts';
import type { ConsoleClient } from '../../db/queries/console-client.ts';
import { runConsoleQuery } from '../../db/queries/run-console-query.ts';
import { loadPublishedData } from '../../ingest/load-published.ts';
import { vi as viMessages } from '../../i18n/vi.ts';
import { en as enMessages } from '../../i18n/en.ts';
import { SQL_EXAMPLES } from './sql-examples.ts';

let client: ConsoleClient;

const publicFile = (name: string) =>
  readFile(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8');

beforeAll(async () => {
  const engine = await createNodeDbWithConsole();
  client = engine.console;
  await loadPublishedData(Promise.resolve(engine.db), publicFile);
}, 60_000);

describe('the console examples', () => {
  it('are at least six, each with its own id and a Vietnamese and English title', () => {
    expect(SQL_EXAMPLES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(SQL_EXAMPLES.map((example) => example.id)).size).toBe(SQL_EXAMPLES.length);
    for (const example of SQL_EXAMPLES) {
      expect(viMessages[example.title]).toMatch(/\S/);
      expect(enMessages[example.title]).toMatch(/\S/);
      expect(viMessages[example.title]).not.toBe(enMessages[example.title]);
    }
  });

  it.each(SQL_EXAMPLES.map((example) => [example.id, example.sql] as const))(
    '%s runs on the published sample and answers with rows',
    async (_id, sql) => {
      const result = await runConsoleQuery(client, sql);
      expect(result.rows.length).toBeGreaterThan(0);
      expect(result.columns.length).toBeGreaterThan(1);
      expect(result.truncated).toBe(false);
    },
  );

  it('finds units whose rank fell three months running, each rank worse than the one before', async () => {
    const sql = SQL_EXAMPLES.find((example) => example.id === 'rank-fell')?.sql ?? '';
    const result = await runConsoleQuery(client, sql);
    const names = result.columns.map((column) => column.name);
    const at = (name: string) => names.indexOf(name);
    for (const row of result.rows) {
      const ranks = ['rank_3_before', 'rank_2_before', 'rank_1_before', 'rank'].map((name) =>
        Number(row[at(name)]),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(ranks).size).toBe(4);
    }
  });

  it('lists the six index groups with what they lose, largest loss first', async () => {
    const sql = SQL_EXAMPLES.find((example) => example.id === 'points-lost')?.sql ?? '';
    const result = await runConsoleQuery(client, sql);
    expect(result.rows.map((row) => row[0]).sort()).toEqual([
      'ckmb',
      'dvctt',
      'mdhl',
      'mdsh',
      'tdgq',
      'tttt',
    ]);
    const lost = result.rows.map((row) => Number(row[3]));
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
  });
});
