import { formatCsvExport } from '../../data/format-csv-export.ts';
import { PORTAL_CODE_PATTERN } from '../../data/unit-code.ts';
import {
  METRIC_COLUMNS,
  SCORE_COLUMNS,
  UNIT_COLUMNS,
  type MetricRow,
  type ScoreRow,
  type UnitRow,
} from './portal-dataset-columns.ts';
import type { DatasetId, UnitType } from '../../data/schema.ts';
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
