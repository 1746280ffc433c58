import { formatCsvExport, type CsvCell, type CsvColumn } from '../../data/format-csv-export.ts';
import { PORTAL_CODE_PATTERN } from '../../data/unit-code.ts';
import { INDEX_GROUPS, TOTAL_TOLERANCE } from '../../data/index-groups.ts';
import { DATASET_SPECS, type DatasetId, type UnitType } from '../../data/schema.ts';
import type { PortalImport } from './import-portal-files.ts';
import {
  matchReferenceUnits,
  type MatchTableRow,
  type ReferenceUnit,
} from './match-reference-units.ts';
import type { ImportedUnit, PortalIssue, PortalSnapshotImport } from './portal-import-types.ts';
import { looseNameKey } from './unit-name-key.ts';

/** The datasets an import writes, as CSV text in the project's own schema. */
export type PortalDatasetId = Extract<DatasetId, 'units' | 'index_scores' | 'index_metrics'>;

/** What became of one unit of the files. */
export type PortalUnitOutcome =
  | {
      readonly status: 'imported';
      readonly code: string;
      readonly by: 'portal' | 'name' | 'name-without-marks';
    }
  | { readonly status: 'agency' }
  | {
      readonly status: 'unmatched';
      readonly reason: 'no-such-name' | 'ambiguous' | 'other-province';
    }
  | { readonly status: 'type-unknown' };

export interface PortalUnitReport {
  readonly departmentId: string;
  readonly portalCode: string | null;
  readonly portalName: string;
  readonly name: string;
  readonly type: UnitType | null;
  readonly kind: ImportedUnit['kind'];
  readonly province: string | null;
  readonly referenceName: string | null;
  readonly outcome: PortalUnitOutcome;
}

export interface PortalSnapshotSummary {
  readonly periodType: string;
  readonly period: string;
  readonly snapshotDate: string;
  readonly files: readonly string[];
  readonly units: number;
  readonly communes: number;
  readonly agencies: number;
}

/** The import, ready to load: CSV per dataset and the report of every unit and file. */
export interface PortalDatasets {
  /** `own-units`: the file's communes become the units; `reference`: matched to loaded units. */
  readonly mode: 'own-units' | 'reference';
  readonly province: string | null;
  readonly csv: Readonly<Partial<Record<PortalDatasetId, string>>>;
  readonly rows: Readonly<Record<PortalDatasetId, number>>;
  readonly snapshots: readonly PortalSnapshotSummary[];
  /** One row per unit of the files (every snapshot), with what became of it. */
  readonly units: readonly PortalUnitReport[];
  /** Reference units that no file scores: shown as "no score", never dropped. */
  readonly withoutScore: readonly ReferenceUnit[];
  readonly issues: readonly PortalIssue[];
}

const column = <Row>(header: string, value: (row: Row) => CsvCell): CsvColumn<Row> => ({
  header,
  value,
});

interface UnitRow {
  readonly code: string;
  readonly unit: ImportedUnit;
}

interface ScoreRow {
  readonly code: string;
  readonly snapshot: PortalSnapshotImport;
  readonly score: PortalSnapshotImport['scores'][number];
  readonly dossiers: PortalSnapshotImport['dossiers'][number] | undefined;
}

interface MetricRow {
  readonly code: string;
  readonly snapshot: PortalSnapshotImport;
  readonly metric: PortalSnapshotImport['metrics'][number];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function sumOfGroups(groups: ScoreRow['score']['groups']): number | null {
  let sum = 0;
  for (const group of INDEX_GROUPS) {
    const value = groups[group.key];
    if (value === undefined) return null;
    sum += value;
  }
  return round2(sum);
}

const UNIT_COLUMNS: readonly CsvColumn<UnitRow>[] = [
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

const SCORE_COLUMNS: readonly CsvColumn<ScoreRow>[] = [
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

const METRIC_COLUMNS: readonly CsvColumn<MetricRow>[] = [
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

/** Every distinct unit of every snapshot, first appearance first (a later one adds a code). */
function allUnits(snapshots: readonly PortalSnapshotImport[]): ImportedUnit[] {
  const units = new Map<string, ImportedUnit>();
  for (const snapshot of snapshots) {
    for (const unit of snapshot.units) {
      const known = units.get(unit.departmentId);
      if (known === undefined || (known.portalCode === null && unit.portalCode !== null)) {
        units.set(unit.departmentId, unit);
      }
    }
  }
  return [...units.values()];
}

/** The file's province, when the units name one. */
function provinceOf(imported: PortalImport, units: readonly ImportedUnit[]): string | null {
  const named = imported.snapshots.find((snapshot) => snapshot.province !== null)?.province?.name;
  if (named !== undefined && named !== '') return named;
  return units.find((unit) => unit.province !== null)?.province ?? null;
}

/** Own codes for the file's communes: the portal code when it is one, else the `departmentId`. */
function ownCodes(units: readonly ImportedUnit[]): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const unit of units) {
    const code =
      unit.portalCode !== null &&
      PORTAL_CODE_PATTERN.test(unit.portalCode) &&
      !taken.has(unit.portalCode)
        ? unit.portalCode
        : unit.departmentId.toLowerCase();
    taken.add(code);
    codes.set(unit.departmentId, code);
  }
  return codes;
}

function outcomeOf(row: MatchTableRow): PortalUnitOutcome {
  switch (row.match.status) {
    case 'matched':
      return { status: 'imported', code: row.match.code, by: row.match.by };
    case 'agency':
      return { status: 'agency' };
    case 'unmatched':
      return { status: 'unmatched', reason: row.match.reason };
  }
}

/**
 * Turns an import into the project's datasets. Agencies are kept apart (reported, never ranked
 * among communes). When loaded reference units share the file's province, communes take their
 * codes by name (an unmatched one is reported, a reference unit without a row has "no score");
 * otherwise the file's communes become the units, with the portal's codes.
 */
export function portalDatasets(
  imported: PortalImport,
  references: readonly ReferenceUnit[],
): PortalDatasets {
  const units = allUnits(imported.snapshots);
  const province = provinceOf(imported, units);
  const sameProvince = references.filter(
    (reference) =>
      province !== null &&
      reference.province !== null &&
      looseNameKey(reference.province) === looseNameKey(province),
  );
  const mode = sameProvince.length > 0 ? 'reference' : 'own-units';
  const reports = new Map<string, PortalUnitReport>();
  let withoutScore: readonly ReferenceUnit[] = [];
  const base = (unit: ImportedUnit) => ({
    departmentId: unit.departmentId,
    portalCode: unit.portalCode,
    portalName: unit.rawName,
    name: unit.name,
    type: unit.type,
    kind: unit.kind,
    province: unit.province ?? province,
  });
  if (mode === 'reference') {
    const matching = matchReferenceUnits(units, sameProvince);
    withoutScore = matching.withoutScore;
    for (const row of matching.rows) {
      const unit = units.find((candidate) => candidate.departmentId === row.departmentId);
      if (unit === undefined) continue;
      reports.set(unit.departmentId, {
        ...base(unit),
        referenceName: row.referenceName,
        outcome: outcomeOf(row),
      });
    }
  } else {
    const codes = ownCodes(units.filter((unit) => unit.kind === 'commune'));
    for (const unit of units) {
      const code = codes.get(unit.departmentId);
      const outcome: PortalUnitOutcome =
        unit.kind === 'agency'
          ? { status: 'agency' }
          : unit.type === null || code === undefined
            ? { status: 'type-unknown' }
            : { status: 'imported', code, by: 'portal' };
      reports.set(unit.departmentId, { ...base(unit), referenceName: null, outcome });
    }
  }
  const codeOf = (departmentId: string): string | null => {
    const outcome = reports.get(departmentId)?.outcome;
    return outcome?.status === 'imported' ? outcome.code : null;
  };

  const unitRows: UnitRow[] = units.flatMap((unit) => {
    const code = codeOf(unit.departmentId);
    return code === null ? [] : [{ code, unit }];
  });
  const scoreRows: ScoreRow[] = imported.snapshots.flatMap((snapshot) =>
    snapshot.scores.flatMap((score) => {
      const code = codeOf(score.departmentId);
      if (code === null) return [];
      const dossiers = snapshot.dossiers.find((row) => row.departmentId === score.departmentId);
      return [{ code, snapshot, score, dossiers }];
    }),
  );
  const metricRows: MetricRow[] = imported.snapshots.flatMap((snapshot) =>
    snapshot.metrics.flatMap((metric) => {
      const code = codeOf(metric.departmentId);
      return code === null ? [] : [{ code, snapshot, metric }];
    }),
  );
  const csv: Partial<Record<PortalDatasetId, string>> = {
    index_scores: formatCsvExport(scoreRows, SCORE_COLUMNS),
  };
  if (mode === 'own-units') csv.units = formatCsvExport(unitRows, UNIT_COLUMNS);
  if (metricRows.length > 0) csv.index_metrics = formatCsvExport(metricRows, METRIC_COLUMNS);

  return {
    mode,
    province,
    csv,
    rows: {
      units: mode === 'own-units' ? unitRows.length : 0,
      index_scores: scoreRows.length,
      index_metrics: metricRows.length,
    },
    snapshots: imported.snapshots.map((snapshot) => ({
      periodType: snapshot.period.periodType,
      period: snapshot.period.period,
      snapshotDate: snapshot.period.snapshotDate,
      files: snapshot.files.map((file) => file.file),
      units: snapshot.units.length,
      communes: snapshot.units.filter((unit) => unit.kind === 'commune').length,
      agencies: snapshot.units.filter((unit) => unit.kind === 'agency').length,
    })),
    units: units.flatMap((unit) => {
      const report = reports.get(unit.departmentId);
      return report === undefined ? [] : [report];
    }),
    withoutScore,
    issues: [...imported.issues, ...imported.snapshots.flatMap((snapshot) => snapshot.issues)],
  };
}
