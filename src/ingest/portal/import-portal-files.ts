import { INDEX_GROUPS, TOTAL_TOLERANCE, type GroupKey } from '../../data/index-groups.ts';
import type {
  ImportedDossierTotals,
  ImportedMetric,
  ImportedScore,
  ImportedUnit,
  PortalFileSummary,
  PortalIssue,
  PortalPeriod,
  PortalSnapshotImport,
  PortalUnitRow,
} from './portal-import-types.ts';
import { sumOfGroups } from './group-sum.ts';
import { parsePortalName, parseProvinceName } from './portal-unit-name.ts';
import {
  isCrawlerSnapshot,
  readCrawlerSnapshot,
  type CrawlerSnapshot,
} from './read-crawler-snapshot.ts';
import { readPortalResponse, type PortalGroupResponse } from './read-portal-response.ts';

/** A file as the user gave it: its name and its text. */
export interface PortalFile {
  readonly name: string;
  readonly text: string;
}

export interface PortalImportOptions {
  /**
   * The period and day of the API responses, which do not say it themselves (the request did).
   * Crawler snapshots carry their own. Without it, API responses are reported, not imported.
   */
  readonly period?: PortalPeriod;
}

/** Every snapshot the files hold, and what could not be read at all. */
export interface PortalImport {
  readonly snapshots: readonly PortalSnapshotImport[];
  /** Files (or parts) rejected before any snapshot was formed. */
  readonly issues: readonly PortalIssue[];
}

/**
 * Imports the portal's 766 files: any subset of the six group responses of one period (joined
 * on `departmentId`) and any number of crawler snapshots (one snapshot each). Every unit of every
 * file ends up imported or in an issue; agencies are imported with kind `agency`.
 */
export function importPortalFiles(
  files: readonly PortalFile[],
  options: PortalImportOptions = {},
): PortalImport {
  const issues: PortalIssue[] = [];
  const responses: PortalGroupResponse[] = [];
  const snapshots: PortalSnapshotImport[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.text.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      issues.push({
        file: file.name,
        path: '',
        reason: 'not-json',
        severity: 'rejected',
        detail: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    if (isCrawlerSnapshot(json)) {
      const read = readCrawlerSnapshot(file.name, json);
      if (read.ok) snapshots.push(fromCrawler(read.value));
      else issues.push(read.issue);
      continue;
    }
    const read = readPortalResponse(file.name, json);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const repeated = responses.find((response) => response.group === read.value.group);
    if (repeated === undefined) responses.push(read.value);
    else {
      issues.push({
        file: file.name,
        path: '',
        reason: 'group-repeated',
        severity: 'rejected',
        detail: `${read.value.group}: already read from ${repeated.file}`,
      });
    }
  }
  if (responses.length > 0) {
    if (options.period === undefined) {
      for (const response of responses) {
        issues.push({
          file: response.file,
          path: '',
          reason: 'period-missing',
          severity: 'rejected',
        });
      }
    } else snapshots.unshift(joinResponses(responses, options.period));
  }
  return { snapshots, issues };
}

function importedUnit(row: PortalUnitRow, province: string | null): ImportedUnit {
  const parsed = parsePortalName(row.rawName, province);
  return {
    departmentId: row.departmentId,
    portalCode: row.portalCode,
    rawName: row.rawName,
    name: parsed.name,
    type: row.kind === 'commune' ? parsed.type : null,
    kind: row.kind,
    province: parsed.province ?? province,
  };
}

function joinResponses(
  responses: readonly PortalGroupResponse[],
  period: PortalPeriod,
): PortalSnapshotImport {
  const issues: PortalIssue[] = responses.flatMap((response) => response.issues);
  const provinceSource = responses.find((response) => response.province !== null)?.province ?? null;
  const provinceName = provinceSource === null ? null : parseProvinceName(provinceSource.name);
  const rows = new Map<string, PortalUnitRow>();
  const groups = new Map<string, Partial<Record<GroupKey, number>>>();
  const metrics: ImportedMetric[] = [];
  const dossiers: ImportedDossierTotals[] = [];
  for (const response of responses) {
    const seen = new Set<string>();
    for (const unit of response.units) {
      const base = { file: response.file, path: unit.path, unit: unit.rawName };
      if (seen.has(unit.departmentId)) {
        issues.push({
          ...base,
          reason: 'unit-duplicate',
          severity: 'rejected',
          detail: unit.departmentId,
        });
        continue;
      }
      seen.add(unit.departmentId);
      const known = rows.get(unit.departmentId);
      // The first response that gives a unit names it; a later one may add its portal code.
      if (known === undefined || (known.portalCode === null && unit.portalCode !== null)) {
        rows.set(unit.departmentId, unit);
      }
      if (unit.score > unit.maxScore + TOTAL_TOLERANCE) {
        issues.push({
          ...base,
          reason: 'score-above-max',
          severity: 'flagged',
          detail: `${response.group} ${String(unit.score)} > ${String(unit.maxScore)}`,
        });
      }
      const unitGroups = groups.get(unit.departmentId) ?? {};
      unitGroups[response.group] = unit.score;
      groups.set(unit.departmentId, unitGroups);
      for (const metric of unit.metrics)
        metrics.push({ ...metric, departmentId: unit.departmentId });
      if (unit.dossiers !== null)
        dossiers.push({ ...unit.dossiers, departmentId: unit.departmentId });
    }
  }
  const units = [...rows.values()].map((row) => importedUnit(row, provinceName));
  const scores: ImportedScore[] = units.map((unit) => {
    const unitGroups = groups.get(unit.departmentId) ?? {};
    for (const response of responses) {
      if (unitGroups[response.group] === undefined) {
        issues.push({
          file: response.file,
          path: '',
          unit: unit.rawName,
          reason: 'group-missing',
          severity: 'flagged',
          detail: response.group,
        });
      }
    }
    return {
      departmentId: unit.departmentId,
      groups: unitGroups,
      total: sumOfGroups(unitGroups),
      publishedRank: null,
    };
  });
  return {
    province:
      provinceSource === null
        ? null
        : { departmentId: provinceSource.departmentId, name: provinceName ?? '' },
    period,
    files: responses.map((response) =>
      summary(response.file, [response.group], response.shape, response.units),
    ),
    units,
    scores,
    metrics,
    dossiers,
    issues,
  };
}

function summary(
  file: string,
  groupKeys: readonly GroupKey[],
  shape: PortalFileSummary['shape'],
  units: readonly PortalUnitRow[],
): PortalFileSummary {
  const agencies = units.filter((unit) => unit.kind === 'agency').length;
  return {
    file,
    groups: groupKeys,
    shape,
    units: units.length,
    agencies,
    communes: units.length - agencies,
  };
}

function fromCrawler(snapshot: CrawlerSnapshot): PortalSnapshotImport {
  const provinceName =
    snapshot.province === null ? null : parseProvinceName(snapshot.province.name);
  return {
    province:
      snapshot.province === null
        ? null
        : { departmentId: snapshot.province.departmentId, name: provinceName ?? '' },
    period: snapshot.period,
    files: [
      summary(
        snapshot.file,
        INDEX_GROUPS.map((group) => group.key),
        'crawler-snapshot',
        snapshot.units,
      ),
    ],
    units: snapshot.units.map((unit) => importedUnit(unit, provinceName)),
    scores: snapshot.units.map((unit) => ({
      departmentId: unit.departmentId,
      groups: unit.groups,
      total: unit.total,
      publishedRank: unit.groupRank,
    })),
    metrics: [],
    dossiers: [],
    issues: snapshot.issues,
  };
}
