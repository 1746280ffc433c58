import type { CsvColumn } from './format-csv.ts';
import type { DossierRow } from './generate-dossiers.ts';
import type { PetitionRow } from './generate-petitions.ts';
import type { MetricRow, ScoreRow } from './generate-scores.ts';
import { formatHundredths } from './index-metrics.ts';

/** The published CSV layouts of the four sample datasets (design.md §3). */

const fixed2 = (value: number): string => value.toFixed(2);
/** An empty cell: the value is not known (0 ÷ 0, or a figure the sample does not make up). */
const EMPTY = '';

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
  { name: 'dossiers_received', value: (row) => row.dossiersReceived },
  { name: 'dossiers_on_time', value: (row) => row.dossiersOnTime },
  { name: 'dossiers_overdue', value: (row) => row.dossiersOverdue },
  // The sample's dossiers have no processing times: left empty rather than made up.
  { name: 'avg_processing_days', value: () => EMPTY },
];

export const METRIC_COLUMNS: readonly CsvColumn<MetricRow>[] = [
  { name: 'code', value: (row) => row.code },
  { name: 'snapshot_date', value: (row) => row.snapshotDate },
  { name: 'period_type', value: (row) => row.periodType },
  { name: 'period', value: (row) => row.period },
  { name: 'group', value: (row) => row.group },
  { name: 'metric_code', value: (row) => row.metricCode },
  { name: 'metric_name', value: (row) => row.metricName },
  { name: 'numerator', value: (row) => row.numerator ?? EMPTY },
  { name: 'denominator', value: (row) => row.denominator ?? EMPTY },
  {
    name: 'ratio',
    value: (row) => (row.ratioHundredths === null ? EMPTY : formatHundredths(row.ratioHundredths)),
  },
  { name: 'score', value: (row) => formatHundredths(row.scoreCents) },
  { name: 'max_score', value: (row) => row.maxScore },
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
