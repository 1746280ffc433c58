import { INDEX_GROUPS, TOTAL_TOLERANCE, type GroupKey } from '../../data/index-groups.ts';
import { CRAWLER_GROUP_KEYS } from './portal-groups.ts';
import type { PortalIssue, PortalPeriod, PortalUnitRow } from './portal-import-types.ts';
import { metadataPeriod, runDate } from './portal-period.ts';
import { arrayField, isRecord, numberField, recordField, stringField } from './portal-json.ts';
import type { ReadResult } from './read-portal-response.ts';

/** One commune of a crawler's daily snapshot. */
export interface CrawlerUnit extends PortalUnitRow {
  readonly groups: Readonly<Partial<Record<GroupKey, number>>>;
  readonly total: number;
  /** Position among communes as the crawler numbers them (ties numbered one after another). */
  readonly groupRank: number | null;
}

export interface CrawlerSnapshot {
  readonly file: string;
  readonly province: { readonly departmentId: string | null; readonly name: string } | null;
  readonly period: PortalPeriod;
  readonly units: readonly CrawlerUnit[];
  readonly issues: readonly PortalIssue[];
}

/** Is this a crawler's processed snapshot (`metadata` + `communes[]`)? */
export function isCrawlerSnapshot(json: unknown): boolean {
  return isRecord(json) && isRecord(json.metadata) && Array.isArray(json.communes);
}

/**
 * Reads a crawler's daily snapshot (Crawler-766's `communes_<Province>_<DDMMYYYY>.json`): the
 * period and day come from its metadata (`runDateStr` is the local day of the run). A commune
 * whose total differs from the sum of its groups, or with a group above its maximum, is kept as
 * published and flagged: the report names it, nothing is corrected.
 */
export function readCrawlerSnapshot(file: string, json: unknown): ReadResult<CrawlerSnapshot> {
  const fail = (detail: string): ReadResult<never> => ({
    ok: false,
    issue: { file, path: '', reason: 'not-portal-shape', severity: 'rejected', detail },
  });
  if (!isRecord(json)) return fail('not an object');
  const metadata = recordField(json, 'metadata');
  const communes = arrayField(json, 'communes');
  if (metadata === null || communes === null) return fail('no "metadata" or "communes"');
  const period = metadataPeriod(metadata);
  const day = runDate(stringField(metadata, 'runDateStr') ?? '');
  const extracted = stringField(metadata, 'extractedAt');
  // Without a run day, the extraction instant's day in Vietnam (UTC+7), where the portal is.
  const extractedAt = extracted === null ? Number.NaN : Date.parse(extracted);
  const snapshotDate =
    day ??
    (Number.isNaN(extractedAt)
      ? null
      : new Date(extractedAt + 7 * 3_600_000).toISOString().slice(0, 10));
  if (period === null || snapshotDate === null) return fail('no period or run date in metadata');
  const issues: PortalIssue[] = [];
  const units: CrawlerUnit[] = [];
  communes.forEach((item, position) => {
    const path = `communes[${String(position)}]`;
    const unit = isRecord(item) ? readCommune(item, position, path) : null;
    if (unit === null) {
      issues.push({
        file,
        path,
        reason: 'unit-invalid',
        severity: 'rejected',
        unit: isRecord(item) ? (stringField(item, 'departmentName') ?? '') : '',
        detail: 'departmentId, departmentName, totalScore or groupScores is missing',
      });
      return;
    }
    issues.push(...scoreIssues(file, unit));
    units.push(unit);
  });
  const provinceName = stringField(metadata, 'province');
  return {
    ok: true,
    value: {
      file,
      province:
        provinceName === null
          ? null
          : { departmentId: stringField(metadata, 'rootDepartmentId'), name: provinceName },
      period: { ...period, snapshotDate },
      units,
      issues,
    },
  };
}

function readCommune(
  item: Readonly<Record<string, unknown>>,
  position: number,
  path: string,
): CrawlerUnit | null {
  const departmentId = stringField(item, 'departmentId');
  const rawName = stringField(item, 'departmentName');
  const total = numberField(item, 'totalScore');
  const scores = recordField(item, 'groupScores');
  if (departmentId === null || rawName === null || total === null || scores === null) return null;
  const groups: Partial<Record<GroupKey, number>> = {};
  for (const [key, value] of Object.entries(scores)) {
    const group = CRAWLER_GROUP_KEYS[key];
    if (group !== undefined && typeof value === 'number' && Number.isFinite(value)) {
      groups[group] = value;
    }
  }
  const childGroup = stringField(item, 'childGroup');
  return {
    departmentId,
    portalCode: stringField(item, 'departmentCode'),
    rawName,
    kind: childGroup === null || childGroup === 'COMMUNE' ? 'commune' : 'agency',
    position,
    path,
    groups,
    total,
    groupRank: numberField(item, 'groupRank'),
  };
}

function scoreIssues(file: string, unit: CrawlerUnit): PortalIssue[] {
  const issues: PortalIssue[] = [];
  const base = { file, unit: unit.rawName, severity: 'flagged' as const };
  for (const group of INDEX_GROUPS) {
    const value = unit.groups[group.key];
    if (value === undefined) {
      issues.push({
        ...base,
        path: `${unit.path}.groupScores`,
        reason: 'group-missing',
        detail: group.code,
      });
    } else if (value > group.max + TOTAL_TOLERANCE) {
      issues.push({
        ...base,
        path: `${unit.path}.groupScores.${group.code}`,
        reason: 'score-above-max',
        detail: `${group.code} ${String(value)} > ${String(group.max)}`,
      });
    }
  }
  const values = INDEX_GROUPS.map((group) => unit.groups[group.key]);
  if (values.every((value): value is number => value !== undefined)) {
    const sum = values.reduce((acc, value) => acc + value, 0);
    if (Math.abs(sum - unit.total) > TOTAL_TOLERANCE) {
      issues.push({
        ...base,
        path: `${unit.path}.totalScore`,
        reason: 'total-mismatch',
        detail: `${String(unit.total)} ≠ ${sum.toFixed(2)}`,
      });
    }
  }
  return issues;
}
