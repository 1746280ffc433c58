import type { CsvColumn } from './format-csv.ts';
import type { DossierRow } from './generate-dossiers.ts';
import type { PetitionRow } from './generate-petitions.ts';
import type { ScoreRow } from './generate-scores.ts';

/** The published CSV layouts of the three sample datasets (design.md §3). */

const fixed2 = (value: number): string => value.toFixed(2);

export const SCORE_COLUMNS: readonly CsvColumn<ScoreRow>[] = [
  { name: 'code', value: (row) => row.code },
  { name: 'snapshot_date', value: (row) => row.snapshotDate },
  { name: 'period_type', value: (row) => row.periodType },
  { name: 'period', value: (row) => row.period },
  { name: 'ckmb', value: (row) => fixed2(row.ckmb) },
  { name: 'tdgq', value: (row) => fixed2(row.tdgq) },
  { name: 'dvctt', value: (row) => fixed2(row.dvctt) },
  { name: 'tttt', value: (row) => fixed2(row.tttt) },
  { name: 'mdsh', value: (row) => fixed2(row.mdsh) },
  { name: 'mdhl', value: (row) => fixed2(row.mdhl) },
  { name: 'total', value: (row) => fixed2(row.total) },
];

export const DOSSIER_COLUMNS: readonly CsvColumn<DossierRow>[] = [
  { name: 'code', value: (row) => row.code },
  { name: 'month', value: (row) => row.month },
  { name: 'carried_over', value: (row) => row.carriedOver },
  { name: 'received_online', value: (row) => row.receivedOnline },
  { name: 'received_in_person', value: (row) => row.receivedInPerson },
  { name: 'received_postal', value: (row) => row.receivedPostal },
  { name: 'resolved_early', value: (row) => row.resolvedEarly },
  { name: 'resolved_on_time', value: (row) => row.resolvedOnTime },
  { name: 'resolved_late', value: (row) => row.resolvedLate },
  { name: 'pending_in_time', value: (row) => row.pendingInTime },
  { name: 'pending_overdue', value: (row) => row.pendingOverdue },
  { name: 'returned', value: (row) => row.returned },
];

export const PETITION_COLUMNS: readonly CsvColumn<PetitionRow>[] = [
  { name: 'code', value: (row) => row.code },
  { name: 'month', value: (row) => row.month },
  { name: 'topic', value: (row) => row.topic },
  { name: 'received', value: (row) => row.received },
  { name: 'answered_on_spot', value: (row) => row.answeredOnSpot },
  { name: 'answered_later', value: (row) => row.answeredLater },
  { name: 'transferred', value: (row) => row.transferred },
  { name: 'pending', value: (row) => row.pending },
];
