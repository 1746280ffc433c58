import type { CsvColumn } from '../../data/format-csv-export.ts';
import { handledCount, onTimeRate, shareOf } from '../../data/on-time-rates.ts';
import type { DossierCounts, DossierUnitRow } from '../../queries/questions.ts';
import { receivedCount } from './dossier-state.ts';

const count =
  (key: keyof DossierCounts) =>
  (row: DossierUnitRow): number | null =>
    row.counts === null ? null : row.counts[key];

/** A ratio as a percent with two decimals (machine-readable: decimal point), empty when undefined. */
const percent = (ratio: number | null): number | null =>
  ratio === null ? null : Math.round(ratio * 10_000) / 100;

/**
 * The columns of the dossiers CSV: the raw buckets and both on-time rates with their n, so a
 * reader can recompute either rate. Headers are snake_case; the month is the page's month.
 */
export function dossierCsvColumns(month: string): CsvColumn<DossierUnitRow>[] {
  const portal = (row: DossierUnitRow) => (row.counts ? onTimeRate('portal', row.counts) : null);
  const press = (row: DossierUnitRow) => (row.counts ? onTimeRate('press', row.counts) : null);
  return [
    { header: 'code', value: (row) => row.code },
    { header: 'name', value: (row) => row.name },
    { header: 'type', value: (row) => row.type },
    { header: 'former_district', value: (row) => row.formerDistrict },
    { header: 'month', value: () => month },
    { header: 'carried_over', value: count('carriedOver') },
    { header: 'received_online', value: count('receivedOnline') },
    { header: 'received_in_person', value: count('receivedInPerson') },
    { header: 'received_postal', value: count('receivedPostal') },
    {
      header: 'online_share_pct',
      value: (row) =>
        row.counts
          ? percent(shareOf(row.counts.receivedOnline, receivedCount(row.counts)).ratio)
          : null,
    },
    { header: 'resolved_early', value: count('resolvedEarly') },
    { header: 'resolved_on_time', value: count('resolvedOnTime') },
    { header: 'resolved_late', value: count('resolvedLate') },
    { header: 'pending_in_time', value: count('pendingInTime') },
    { header: 'pending_overdue', value: count('pendingOverdue') },
    { header: 'returned', value: count('returned') },
    { header: 'all_handled', value: (row) => (row.counts ? handledCount(row.counts) : null) },
    { header: 'portal_rate_pct', value: (row) => percent(portal(row)?.ratio ?? null) },
    { header: 'portal_rate_n', value: (row) => portal(row)?.denominator ?? null },
    { header: 'press_rate_pct', value: (row) => percent(press(row)?.ratio ?? null) },
    { header: 'press_rate_n', value: (row) => press(row)?.denominator ?? null },
    { header: 'balance_gap', value: count('gap') },
  ];
}
