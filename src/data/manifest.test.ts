import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';

/** A well-formed sha256 (64 hex digits) that differs per dataset. */
const hashOf = (id: string) => id.length.toString(16).padStart(2, '0').repeat(32);

const entry = (id: string, rows: number) => ({
  id,
  file: `${id}.csv`,
  rows,
  sha256: hashOf(id),
});

function validManifest(): Record<string, unknown> {
  return {
    version: 'a1b2c3d4',
    synthetic: true,
    datasets: [
      entry('units', 94),
      entry('index_scores', 1128),
      entry('index_metrics', 20304),
      entry('dossiers', 1128),
      entry('petitions', 9024),
    ],
  };
}

/** A valid manifest with one dataset entry's field replaced (or removed when `undefined`). */
function withEntryField(index: number, field: string, value: unknown): Record<string, unknown> {
  const manifest = validManifest();
  const datasets = manifest.datasets as Record<string, unknown>[];
  const target = { ...datasets[index] };
  if (value === undefined) Reflect.deleteProperty(target, field);
  else target[field] = value;
  datasets[index] = target;
  return manifest;
}

describe('parseManifest', () => {
  it('parses a valid manifest into exactly the known fields', () => {
    const raw = validManifest();
    (raw.datasets as Record<string, unknown>[])[0] = { ...entry('units', 94), extra: 'dropped' };
    expect(parseManifest({ ...raw, generatedBy: 'ignored' })).toEqual({
      version: 'a1b2c3d4',
      synthetic: true,
      datasets: [
        { id: 'units', file: 'units.csv', rows: 94, sha256: hashOf('units') },
        {
          id: 'index_scores',
          file: 'index_scores.csv',
          rows: 1128,
          sha256: hashOf('index_scores'),
        },
        {
          id: 'index_metrics',
          file: 'index_metrics.csv',
          rows: 20304,
          sha256: hashOf('index_metrics'),
        },
        { id: 'dossiers', file: 'dossiers.csv', rows: 1128, sha256: hashOf('dossiers') },
        { id: 'petitions', file: 'petitions.csv', rows: 9024, sha256: hashOf('petitions') },
      ],
    });
  });

  it('accepts a real (non-synthetic) manifest, an empty dataset and any dataset order', () => {
    const raw = {
      version: 'v',
      synthetic: false,
      datasets: [
        entry('petitions', 0),
        entry('dossiers', 1),
        entry('units', 2),
        entry('index_metrics', 0),
        entry('index_scores', 3),
      ],
    };
    const manifest = parseManifest(raw);
    expect(manifest.synthetic).toBe(false);
    expect(manifest.datasets.map((dataset) => [dataset.id, dataset.rows])).toEqual([
      ['petitions', 0],
      ['dossiers', 1],
      ['units', 2],
      ['index_metrics', 0],
      ['index_scores', 3],
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    ['null', null, /^manifest: not an object$/],
    ['an array', [], /^manifest: not an object$/],
    ['a string', 'manifest', /^manifest: not an object$/],
    ['a missing version', { ...validManifest(), version: undefined }, /version/],
    ['an empty version', { ...validManifest(), version: '' }, /version/],
    ['a numeric version', { ...validManifest(), version: 3 }, /version/],
    ['a synthetic flag as text', { ...validManifest(), synthetic: 'true' }, /synthetic/],
    ['a missing synthetic flag', { ...validManifest(), synthetic: undefined }, /synthetic/],
    ['datasets as an object', { ...validManifest(), datasets: {} }, /datasets is not a list/],
    [
      'a dataset entry that is not an object',
      { ...validManifest(), datasets: [entry('units', 1), 'x'] },
      /dataset 1 is not an object/,
    ],
    ['an unknown dataset id', withEntryField(2, 'id', 'votes'), /dataset 2 has an unknown id/],
    ['a missing dataset id', withEntryField(0, 'id', undefined), /dataset 0 has an unknown id/],
    [
      'a file path outside the data folder',
      withEntryField(0, 'file', '../units.csv'),
      /units has a bad file name/,
    ],
    [
      'a file that is not CSV',
      withEntryField(1, 'file', 'index_scores.json'),
      /index_scores has a bad file name/,
    ],
    ['a numeric file name', withEntryField(1, 'file', 42), /index_scores has a bad file name/],
    ['a negative row count', withEntryField(3, 'rows', -1), /dossiers has a bad row count/],
    ['a fractional row count', withEntryField(3, 'rows', 1.5), /dossiers has a bad row count/],
    ['a row count as text', withEntryField(4, 'rows', '12'), /petitions has a bad row count/],
    ['a missing hash', withEntryField(4, 'sha256', undefined), /petitions has no hash/],
    ['a numeric hash', withEntryField(0, 'sha256', 123), /units has no hash/],
    ['an empty hash', withEntryField(0, 'sha256', ''), /units has no hash/],
    [
      'a missing dataset',
      {
        ...validManifest(),
        datasets: [
          entry('units', 1),
          entry('index_scores', 1),
          entry('index_metrics', 1),
          entry('dossiers', 1),
        ],
      },
      /manifest: petitions missing/,
    ],
    [
      'a missing sub-indicator dataset',
      {
        ...validManifest(),
        datasets: [
          entry('units', 1),
          entry('index_scores', 1),
          entry('dossiers', 1),
          entry('petitions', 1),
        ],
      },
      /manifest: index_metrics missing/,
    ],
    ['no datasets at all', { ...validManifest(), datasets: [] }, /manifest: units missing/],
  ])('throws on %s, naming the field', (_label, raw, message) => {
    expect(() => parseManifest(raw)).toThrow(message);
  });
});
