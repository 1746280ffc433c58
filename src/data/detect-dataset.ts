import { matchHeader } from './column-aliases.ts';
import { parseCsv } from './parse-csv.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from './schema.ts';

/**
 * Which dataset does a CSV header belong to? The one whose required columns are all present,
 * preferring the one that explains most of the header; null when none fits.
 */
export function detectDataset(header: readonly string[]): DatasetId | null {
  let best: { id: DatasetId; matched: number } | null = null;
  for (const id of DATASET_ORDER) {
    const { matched, missing } = fitDataset(id, header);
    if (missing.length > 0) continue;
    if (best === null || matched > best.matched) best = { id, matched };
  }
  return best?.id ?? null;
}

export interface DatasetFit {
  readonly dataset: DatasetId;
  /** Columns of the dataset found in the header, by name or alias. */
  readonly matched: number;
  /** Required columns not found: why the header is not this dataset. */
  readonly missing: readonly string[];
}

/** How well a header fits one dataset: what a "not recognised" message explains. */
export function fitDataset(dataset: DatasetId, header: readonly string[]): DatasetFit {
  const spec = DATASET_SPECS[dataset];
  const { index } = matchHeader(spec, header);
  const missing = spec.columns
    .filter((column) => column.nullable !== true && !index.has(column.name))
    .map((column) => column.name);
  return { dataset, matched: index.size, missing };
}

/** The header of a CSV text's first line, as the parser reads it (quotes, `,` or `;`, BOM). */
export function readHeaderLine(text: string): string[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return [...parseCsv(firstLine).header];
}
