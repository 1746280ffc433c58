import { previousPeriod } from '../../data/report-point.ts';
import type { PeriodType } from '../../data/schema.ts';
import { importPortalFiles, type PortalFile, type PortalImport } from './import-portal-files.ts';
import type { PortalPeriod } from './portal-import-types.ts';
import { isCrawlerSnapshot } from './read-crawler-snapshot.ts';

/**
 * Files that are read together: the API responses of one period (the responses do not say
 * which period; their names often do: `…-month-…`, `…-year-…`), or crawler snapshots, which
 * carry their own period and day.
 */
export interface PortalBatch {
  readonly key: string;
  readonly files: readonly string[];
  /** API responses need the period and day they were requested for; snapshots do not. */
  readonly needsPeriod: boolean;
  /** The period type the file names suggest, or null. */
  readonly hint: PeriodType | null;
}

const HINTS: readonly { readonly type: PeriodType; readonly pattern: RegExp }[] = [
  { type: 'month', pattern: /(?:^|[^a-z])(?:month|thang|monthly)(?:[^a-z]|$)/i },
  { type: 'quarter', pattern: /(?:^|[^a-z])(?:quarter|quy|q[1-4])(?:[^a-z]|$)/i },
  { type: 'year', pattern: /(?:^|[^a-z])(?:year|nam|ytd|yearly)(?:[^a-z]|$)/i },
];

/** The period type a file name suggests (`dvc-progress-tree-month-all.json` → month). */
export function periodHint(name: string): PeriodType | null {
  return HINTS.find((hint) => hint.pattern.test(name))?.type ?? null;
}

function isSnapshotText(text: string): boolean {
  try {
    return isCrawlerSnapshot(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch {
    return false;
  }
}

/**
 * Groups the files: crawler snapshots in one batch, API responses by the period type their
 * names suggest (one batch without a hint). Files that are not JSON go with the responses and
 * are reported by the import.
 */
export function portalBatches(files: readonly PortalFile[]): PortalBatch[] {
  const batches = new Map<
    string,
    { files: string[]; needsPeriod: boolean; hint: PeriodType | null }
  >();
  for (const file of files) {
    const snapshot = isSnapshotText(file.text);
    const hint = snapshot ? null : periodHint(file.name);
    const key = snapshot ? 'snapshots' : `responses-${hint ?? 'any'}`;
    const batch = batches.get(key) ?? { files: [], needsPeriod: !snapshot, hint };
    batch.files.push(file.name);
    batches.set(key, batch);
  }
  return [...batches.entries()].map(([key, batch]) => ({ key, ...batch }));
}

/** The local calendar day of a moment, `YYYY-MM-DD`: the day a file was taken, by its date. */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` → the period of a type that a response taken that day most likely covers. */
export function suggestedPeriod(type: PeriodType, snapshotDate: string): string {
  const [year = '2026', month = '01'] = snapshotDate.split('-');
  switch (type) {
    case 'year':
      return year;
    case 'quarter':
      return `${year}-Q${String(Math.ceil(Number(month) / 3))}`;
    case 'month':
      // A month is usually read once it is over: the month before the day it was taken.
      return previousPeriod(`${year}-${month}`);
  }
}

/** Imports every batch with its period (snapshots with their own) and puts the results together. */
export function importPortalBatches(
  files: readonly PortalFile[],
  batches: readonly PortalBatch[],
  periods: Readonly<Record<string, PortalPeriod>>,
): PortalImport {
  const results = batches.map((batch) => {
    const period = periods[batch.key];
    return importPortalFiles(
      files.filter((file) => batch.files.includes(file.name)),
      period === undefined ? {} : { period },
    );
  });
  return {
    snapshots: results.flatMap((result) => result.snapshots),
    issues: results.flatMap((result) => result.issues),
  };
}
