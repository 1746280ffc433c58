import type { GroupKey } from '../../data/index-groups.ts';
import type { PeriodType, UnitType } from '../../data/schema.ts';

/** Agencies (provincial departments) are kept apart: communes are ranked among communes. */
export type PortalUnitKind = 'agency' | 'commune';

/** One sub-indicator of a group, as the portal publishes it. */
export interface PortalMetric {
  readonly group: GroupKey;
  readonly code: string;
  readonly name: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Percent, 0–100, as published. */
  readonly ratio: number | null;
  /** Null where the portal gives none (sub-indicators of max 0). */
  readonly score: number | null;
  readonly maxScore: number;
}

/** The dossier totals of the progress group (TDGQ). */
export interface PortalDossierTotals {
  readonly received: number;
  readonly onTime: number;
  readonly overdue: number;
  readonly avgProcessingDays: number | null;
}

/** The period a file covers and the day its figures were taken. */
export interface PortalPeriod {
  readonly periodType: PeriodType;
  /** `YYYY`, `YYYY-Qn` or `YYYY-MM`. */
  readonly period: string;
  /** `YYYY-MM-DD`. */
  readonly snapshotDate: string;
}

/** Why a file, a unit or a value was not taken as it is. */
export type PortalIssueReason =
  | 'not-json'
  | 'not-portal-shape'
  | 'group-unknown'
  | 'group-repeated'
  | 'group-mismatch'
  | 'unit-invalid'
  | 'unit-duplicate'
  | 'group-missing'
  | 'total-mismatch'
  | 'score-above-max'
  | 'period-missing'
  | 'period-mismatch'
  | 'province-mismatch';

export interface PortalIssue {
  readonly file: string;
  /** Where in the file: a JSON path such as `data.children[12].score`, or '' for the file. */
  readonly path: string;
  readonly reason: PortalIssueReason;
  /** The unit concerned, as the file names it. */
  readonly unit?: string;
  /** Figures or names that explain the reason, in plain text. */
  readonly detail?: string;
  /** A flagged row is still imported; a rejected one is not. */
  readonly severity: 'flagged' | 'rejected';
}

/** One unit of one group response (or of a crawler snapshot), before joining. */
export interface PortalUnitRow {
  readonly departmentId: string;
  readonly portalCode: string | null;
  readonly rawName: string;
  readonly kind: PortalUnitKind;
  /** Position in the file (0-based), for the report and for the portal's own order. */
  readonly position: number;
  readonly path: string;
}

/** A unit of the imported data, with the name taken apart. */
export interface ImportedUnit {
  readonly departmentId: string;
  readonly portalCode: string | null;
  readonly rawName: string;
  readonly name: string;
  readonly type: UnitType | null;
  readonly kind: PortalUnitKind;
  readonly province: string | null;
}

/** One unit's scores for one snapshot. */
export interface ImportedScore {
  readonly departmentId: string;
  readonly groups: Readonly<Partial<Record<GroupKey, number>>>;
  /** The published total when there is one, else the sum of the six groups when all are here. */
  readonly total: number | null;
  /** The crawler's position among communes (`groupRank`), when published. */
  readonly publishedRank: number | null;
}

export interface ImportedMetric extends PortalMetric {
  readonly departmentId: string;
}

export interface ImportedDossierTotals extends PortalDossierTotals {
  readonly departmentId: string;
}

/** What one file held. */
export interface PortalFileSummary {
  readonly file: string;
  /** The groups it holds: one for an API response, six for a crawler snapshot. */
  readonly groups: readonly GroupKey[];
  readonly shape: 'evaluation' | 'tree' | 'crawler-snapshot';
  readonly units: number;
  readonly agencies: number;
  readonly communes: number;
}

/** Everything imported from the files of one snapshot, and what was not. */
export interface PortalSnapshotImport {
  readonly province: { readonly departmentId: string | null; readonly name: string } | null;
  readonly period: PortalPeriod;
  readonly files: readonly PortalFileSummary[];
  readonly units: readonly ImportedUnit[];
  readonly scores: readonly ImportedScore[];
  readonly metrics: readonly ImportedMetric[];
  readonly dossiers: readonly ImportedDossierTotals[];
  readonly issues: readonly PortalIssue[];
}
