import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from './schema.ts';

/**
 * Which dataset does a CSV header belong to? The one whose required columns are all present,
 * preferring the one that explains most of the header; null when none fits.
 */
export function detectDataset(header: readonly string[]): DatasetId | null {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  let best: { id: DatasetId; matched: number } | null = null;
  for (const id of DATASET_ORDER) {
    const columns = DATASET_SPECS[id].columns;
    const required = columns.filter((column) => column.nullable !== true);
    if (!required.every((column) => names.has(column.name))) continue;
    const matched = columns.filter((column) => names.has(column.name)).length;
    if (best === null || matched > best.matched) best = { id, matched };
  }
  return best?.id ?? null;
}

/** The first line of a CSV text, split on `,` or `;` (enough to recognise the header). */
export function readHeaderLine(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return firstLine.split(delimiter).map((name) => name.replace(/^"|"$/g, '').trim());
}
