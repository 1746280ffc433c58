import type { CsvCell, CsvColumn } from '../../data/format-csv-export.ts';
import { INDEX_GROUPS, TOTAL_TOLERANCE } from '../../data/index-groups.ts';
import { DATASET_SPECS } from '../../data/schema.ts';
import { sumOfGroups } from './group-sum.ts';
import type { ImportedUnit, PortalSnapshotImport } from './portal-import-types.ts';

/** The CSV columns of the datasets an import writes, in the schema's order. */

const column = <Row>(header: string, value: (row: Row) => CsvCell): CsvColumn<Row> => ({
  header,
  value,
});

export interface UnitRow {
  readonly code: string;
  readonly unit: ImportedUnit;
}

export interface ScoreRow {
  readonly code: string;
  readonly snapshot: PortalSnapshotImport;
  readonly score: PortalSnapshotImport['scores'][number];
  readonly dossiers: PortalSnapshotImport['dossiers'][number] | undefined;
}

export interface MetricRow {
  readonly code: string;
  readonly snapshot: PortalSnapshotImport;
  readonly metric: PortalSnapshotImport['metrics'][number];
}

export const UNIT_COLUMNS: readonly CsvColumn<UnitRow>[] = [
  column('code', (row) => row.code),
  column('name', (row) => row.unit.name),
  column('type', (row) => row.unit.type),
  column('former_district', () => null),
  column('area_km2', () => null),
  column('population', () => null),
  column('population_source', () => null),
  column('province', (row) => row.unit.province),
  column('portal_id', (row) => row.unit.departmentId),
  column('portal_code', (row) => row.unit.portalCode),
];

export const SCORE_COLUMNS: readonly CsvColumn<ScoreRow>[] = [
  column('code', (row) => row.code),
  column('snapshot_date', (row) => row.snapshot.period.snapshotDate),
  column('period_type', (row) => row.snapshot.period.periodType),
  column('period', (row) => row.snapshot.period.period),
  ...INDEX_GROUPS.map((group) =>
    column<ScoreRow>(group.key, (row) => row.score.groups[group.key] ?? null),
  ),
  column('total', (row) => row.score.total),
  // The source's own inconsistencies, kept as published and flagged by the validator.
  column('total_flag', (row) => {
    const sum = sumOfGroups(row.score.groups);
    const { total, groups } = row.score;
    const mismatch =
      total !== null && sum !== null && Math.abs(total - sum) > TOTAL_TOLERANCE + 1e-9;
    const aboveMax = INDEX_GROUPS.some((group) => (groups[group.key] ?? 0) > group.max);
    return mismatch || aboveMax ? 'published_mismatch' : null;
  }),
  column('published_rank', (row) => row.score.publishedRank),
  column('dossiers_received', (row) => row.dossiers?.received ?? null),
  column('dossiers_on_time', (row) => row.dossiers?.onTime ?? null),
  column('dossiers_overdue', (row) => row.dossiers?.overdue ?? null),
  column('avg_processing_days', (row) => row.dossiers?.avgProcessingDays ?? null),
];

export const METRIC_COLUMNS: readonly CsvColumn<MetricRow>[] = [
  column('code', (row) => row.code),
  column('snapshot_date', (row) => row.snapshot.period.snapshotDate),
  column('period_type', (row) => row.snapshot.period.periodType),
  column('period', (row) => row.snapshot.period.period),
  column('group', (row) => row.metric.group),
  column('metric_code', (row) => row.metric.code),
  column('metric_name', (row) => row.metric.name),
  column('numerator', (row) => row.metric.numerator),
  column('denominator', (row) => row.metric.denominator),
  column('ratio', (row) => row.metric.ratio),
  column('score', (row) => row.metric.score),
  column('max_score', (row) => row.metric.maxScore),
];

// Every column the schema has, in the schema's order, so the files read back as themselves.
for (const [id, columns] of [
  ['units', UNIT_COLUMNS],
  ['index_scores', SCORE_COLUMNS],
  ['index_metrics', METRIC_COLUMNS],
] as const) {
  const names = DATASET_SPECS[id].columns.map((spec) => spec.name).join(',');
  if (columns.map((spec) => spec.header).join(',') !== names) {
    throw new Error(`portal-datasets: ${id} columns differ from the schema`);
  }
}
