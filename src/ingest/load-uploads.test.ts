import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import type { DbClient } from '../db/db-client.ts';
import { lockDown } from '../db/lock-down.ts';
import { fixture, loadPublishedFixtures } from '../../test/helpers/published-fixtures.ts';
import type { LoadedData } from './loaded-data.ts';
import { loadUploads } from './load-uploads.ts';
import { validateInProcess } from './validate-in-process.ts';
import { EmptyUploadError } from './upload-errors.ts';

// The browser streams each file through a worker; the same streaming validator runs in process.
const validateHere = validateInProcess;

let db: DbClient;
let published: LoadedData;

beforeEach(async () => {
  await loadPublishedFixtures(db);
});

beforeAll(async () => {
  db = await createNodeDb();
  published = await loadPublishedFixtures(db);
  await lockDown(db);
});

const count = async (table: string) =>
  Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

describe('loadUploads', () => {
  it('checks other datasets against existing units when no units file is uploaded', async () => {
    const next = await loadUploads(
      published,
      [{ dataset: 'dossiers', name: 'd.csv', source: fixture('uploads/dossiers-nguyet-an.csv') }],
      validateHere,
    );
    const report = next.reports.find((entry) => entry.dataset === 'dossiers');
    // Only 20242 is a known code here; the 99xxx rows are unknown units.
    expect(report).toMatchObject({ rowsRead: 4, rowsLoaded: 1, rowsRejected: 3 });
    expect(report?.issues.filter((issue) => issue.code === 'unknown_code')).toHaveLength(3);
    expect(await count('dossiers')).toBe(1);
    expect(await count('index_scores')).toBe(15);
    expect(next.origins).toMatchObject({ dossiers: 'upload', index_scores: 'published' });
    expect(next.version).not.toBe(published.version);
    expect(next.synthetic).toBe(true);
  });

  it('replaces units, loads what matches them and clears the rest, after the lockdown', async () => {
    const next = await loadUploads(
      published,
      [
        {
          dataset: 'dossiers',
          name: 'dossiers.csv',
          source: fixture('uploads/dossiers-nguyet-an.csv'),
        },
        { dataset: 'units', name: 'units.csv', source: fixture('uploads/units-thanh-hoa.csv') },
      ],
      validateHere,
    );
    const dossiers = next.reports.find((entry) => entry.dataset === 'dossiers');
    expect(dossiers).toMatchObject({ rowsRead: 4, rowsLoaded: 2, rowsRejected: 2 });
    expect(dossiers?.issues.map((issue) => [issue.line, issue.code])).toEqual([
      [3, 'unknown_code'],
      [5, 'duplicate_key'],
    ]);
    expect(await count('units')).toBe(2);
    expect(await count('index_scores')).toBe(0);
    expect(next.origins).toEqual({
      units: 'upload',
      index_scores: 'cleared',
      index_metrics: 'cleared',
      dossiers: 'upload',
      petitions: 'cleared',
    });
    expect(next.synthetic).toBe(false);
    const rows = await db.query(
      'SELECT resolved_on_time, pending_in_time, resolved_late FROM dossiers WHERE code = ?',
      ['99001'],
    );
    expect(rows).toEqual([{ resolved_on_time: 1914, pending_in_time: 133, resolved_late: 42 }]);
  });

  it('refuses two files for the same dataset before touching any table', async () => {
    const before = await count('units');
    await expect(
      loadUploads(
        published,
        [
          { dataset: 'units', name: 'a.csv', source: fixture('uploads/units-thanh-hoa.csv') },
          { dataset: 'units', name: 'b.csv', source: fixture('uploads/units-thanh-hoa.csv') },
        ],
        validateHere,
      ),
    ).rejects.toThrow(/two files for units/);
    expect(await count('units')).toBe(before);
  });

  it.each([
    ['an empty file', ''],
    ['a header-only file', 'code,month,topic,received\n'],
    ['binary junk', '\u0000\u0001PK\u0003\u0004\u00ff\u00fe junk'],
    ['a file whose every row is rejected', 'code,month,topic,received\n99999,2026-13,x,-1\n'],
  ])('changes nothing and says why for %s', async (_, text) => {
    const before = await count('petitions');
    const units = await count('units');
    const error: unknown = await loadUploads(
      published,
      [{ dataset: 'petitions', name: 'p.csv', source: text }],
      validateHere,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmptyUploadError);
    expect(error instanceof EmptyUploadError ? error.reports[0] : null).toMatchObject({
      dataset: 'petitions',
      file: 'p.csv',
      rowsLoaded: 0,
    });
    expect(await count('petitions')).toBe(before);
    expect(await count('units')).toBe(units);
  });

  it('refuses a units file with no valid row without clearing the other datasets', async () => {
    const scores = await count('index_scores');
    const units = await count('units');
    await expect(
      loadUploads(
        published,
        [{ dataset: 'units', name: 'u.csv', source: 'code,name\n' }],
        validateHere,
      ),
    ).rejects.toBeInstanceOf(EmptyUploadError);
    expect(await count('index_scores')).toBe(scores);
    expect(await count('units')).toBe(units);
  });
});
