import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import { fixture, loadPublishedFixtures } from '../../test/helpers/published-fixtures.ts';
import type { DbClient } from '../db/db-client.ts';
import { lockDown } from '../db/lock-down.ts';
import type { LoadedData } from './loaded-data.ts';
import { loadUploads } from './load-uploads.ts';
import {
  memoryUploadStore,
  parseSavedUploads,
  restoreUploads,
  saveUploads,
  SAVED_FORMAT,
  sha256Hex,
} from './saved-uploads.ts';
import { validateInProcess } from './validate-in-process.ts';

let db: DbClient;
let published: LoadedData;

beforeAll(async () => {
  db = await createNodeDb();
  published = await loadPublishedFixtures(db);
  await lockDown(db);
});

beforeEach(async () => {
  await loadPublishedFixtures(db);
});

const count = async (table: string) =>
  Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

const units = () => new Blob([fixture('uploads/units-thanh-hoa.csv')]);
const dossiers = () => new Blob([fixture('uploads/dossiers-nguyet-an.csv')]);

/** The state after the user loaded the Thanh Hóa units and their dossiers, saved. */
async function uploadAndSave() {
  const store = memoryUploadStore();
  const next = await loadUploads(
    published,
    [
      { dataset: 'units', name: 'don-vi.csv', source: units() },
      { dataset: 'dossiers', name: 'ho-so.csv', source: dossiers() },
    ],
    validateInProcess,
  );
  await saveUploads(store, next.uploads);
  return { store, next };
}

describe('saved uploads', () => {
  it('restores exactly what was loaded, with its load time, after a "reload"', async () => {
    const { store, next } = await uploadAndSave();
    const unitsBefore = await count('units');
    const dossiersBefore = await count('dossiers');
    await loadPublishedFixtures(db); // the page opens again: published data only
    expect(await count('units')).not.toBe(unitsBefore);

    const restored = await restoreUploads(published, store, validateInProcess);
    expect(restored.restore).toEqual({ status: 'restored', files: ['don-vi.csv', 'ho-so.csv'] });
    expect(await count('units')).toBe(unitsBefore);
    expect(await count('dossiers')).toBe(dossiersBefore);
    expect(restored.origins).toEqual(next.origins);
    expect(
      restored.uploads.map(({ dataset, file, loadedAt }) => ({ dataset, file, loadedAt })),
    ).toEqual(next.uploads.map(({ dataset, file, loadedAt }) => ({ dataset, file, loadedAt })));
    expect(restored.reports).toEqual(next.reports);
  });

  it('keeps earlier files that a later load did not replace, and forgets cleared ones', async () => {
    const { next } = await uploadAndSave();
    const again = await loadUploads(
      next,
      [{ dataset: 'dossiers', name: 'ho-so-2.csv', source: dossiers() }],
      validateInProcess,
    );
    expect(again.uploads.map((record) => record.file)).toEqual(['don-vi.csv', 'ho-so-2.csv']);
    expect(again.uploads[0]?.loadedAt).toBe(next.uploads[0]?.loadedAt);
    const scores = await loadUploads(
      again,
      [{ dataset: 'units', name: 'don-vi-2.csv', source: units() }],
      validateInProcess,
    );
    // A new units file clears the dossiers uploaded with the old one.
    expect(scores.uploads.map((record) => record.file)).toEqual(['don-vi-2.csv']);
    const store = memoryUploadStore();
    await saveUploads(store, scores.uploads);
    expect(parseSavedUploads(store.value)?.files.map((file) => file.file)).toEqual([
      'don-vi-2.csv',
    ]);
    await saveUploads(store, []);
    expect(store.value).toBeNull();
  });

  it('discards saved bytes that fail their hash, and loads nothing of them', async () => {
    const { store } = await uploadAndSave();
    const saved = parseSavedUploads(store.value);
    if (saved === null) throw new Error('nothing saved');
    const [first, second] = saved.files;
    if (first === undefined || second === undefined) throw new Error('two files expected');
    // The second file's bytes changed on disk; the first is intact: neither may be loaded.
    store.value = { ...saved, files: [first, { ...second, bytes: new Blob(['code\n99001']) }] };
    await loadPublishedFixtures(db);
    const unitsBefore = await count('units');

    const restored = await restoreUploads(published, store, validateInProcess);
    expect(restored.restore).toMatchObject({ status: 'discarded', reason: 'corrupt' });
    expect(restored.uploads).toEqual([]);
    expect(restored.origins.units).toBe('published');
    expect(await count('units')).toBe(unitsBefore);
    expect(store.value).toBeNull();
  });

  it('discards a record of another shape, and saved files that no longer load', async () => {
    const junk = memoryUploadStore({ format: 'other', files: [] });
    const fromJunk = await restoreUploads(published, junk, validateInProcess);
    expect(fromJunk.restore).toMatchObject({ status: 'discarded', reason: 'corrupt' });
    expect(junk.value).toBeNull();

    // Dossiers whose codes are not among the (published) units: no valid row, so no load.
    const bytes = new Blob(['code,month\n99999,2025-08\n']);
    const stale = memoryUploadStore({
      format: SAVED_FORMAT,
      files: [
        {
          dataset: 'dossiers',
          file: 'cu.csv',
          loadedAt: '2026-11-30T10:00:00.000Z',
          sha256: await sha256Hex(bytes),
          bytes,
        },
      ],
    });
    const dossiersBefore = await count('dossiers');
    const fromStale = await restoreUploads(published, stale, validateInProcess);
    expect(fromStale.restore).toMatchObject({ status: 'discarded', reason: 'failed' });
    expect(await count('dossiers')).toBe(dossiersBefore);
    expect(stale.value).toBeNull();
  });

  it('keeps the saved files when loading them fails for another reason (the engine, a worker)', async () => {
    const { store } = await uploadAndSave();
    const saved = store.value;
    await loadPublishedFixtures(db);
    const broken: typeof validateInProcess = () => Promise.reject(new Error('worker crashed'));
    const restored = await restoreUploads(published, store, broken);
    expect(restored.restore).toEqual({ status: 'kept', message: 'worker crashed' });
    expect(restored.uploads).toEqual([]);
    expect(store.value).toBe(saved);
    // The next visit tries again, and this time it loads.
    const again = await restoreUploads(published, store, validateInProcess);
    expect(again.restore).toMatchObject({ status: 'restored' });
  });

  it('leaves the published state alone when nothing is saved', async () => {
    const restored = await restoreUploads(published, memoryUploadStore(), validateInProcess);
    expect(restored).toBe(published);
  });
});
