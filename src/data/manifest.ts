import { DATASET_ORDER, type DatasetId } from './schema.ts';

/** `public/data/manifest.json`, written by scripts/prepare-data.ts. */
export interface Manifest {
  /** Content hash of all files: part of every query key. */
  readonly version: string;
  /** True for the generated sample: the UI and every export must say so. */
  readonly synthetic: boolean;
  readonly datasets: readonly ManifestEntry[];
}

export interface ManifestEntry {
  readonly id: DatasetId;
  readonly file: string;
  readonly rows: number;
  readonly sha256: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates the manifest fetched at start-up; throws with the field named. */
export function parseManifest(value: unknown): Manifest {
  if (!isRecord(value)) throw new Error('manifest: not an object');
  const { version, synthetic, datasets } = value;
  if (typeof version !== 'string' || version === '') throw new Error('manifest: bad version');
  if (typeof synthetic !== 'boolean') throw new Error('manifest: bad synthetic flag');
  if (!Array.isArray(datasets)) throw new Error('manifest: datasets is not a list');
  const entries = datasets.map((entry: unknown, index): ManifestEntry => {
    if (!isRecord(entry)) throw new Error(`manifest: dataset ${index} is not an object`);
    const id = DATASET_ORDER.find((candidate) => candidate === entry.id);
    const { file, rows, sha256 } = entry;
    if (id === undefined) throw new Error(`manifest: dataset ${index} has an unknown id`);
    if (typeof file !== 'string' || !/^[\w.-]+\.csv$/.test(file)) {
      throw new Error(`manifest: dataset ${id} has a bad file name`);
    }
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) {
      throw new Error(`manifest: dataset ${id} has a bad row count`);
    }
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
      throw new Error(`manifest: dataset ${id} has no hash (sha256)`);
    }
    return { id, file, rows, sha256 };
  });
  const ids = entries.map((entry) => entry.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new Error(`manifest: dataset ${repeated} listed twice`);
  for (const id of DATASET_ORDER) {
    if (!entries.some((entry) => entry.id === id)) throw new Error(`manifest: ${id} missing`);
  }
  return { version, synthetic, datasets: entries };
}
