import type { GroupKey } from '../../data/index-groups.ts';
import { groupOfFileName, groupOfMetric } from './portal-groups.ts';
import type {
  PortalDossierTotals,
  PortalIssue,
  PortalMetric,
  PortalUnitRow,
} from './portal-import-types.ts';
import {
  arrayField,
  isRecord,
  numberField,
  recordField,
  stringField,
  type JsonRecord,
} from './portal-json.ts';

/** One unit's figures for the group of the response it came from. */
export interface PortalGroupUnit extends PortalUnitRow {
  readonly score: number;
  readonly maxScore: number;
  readonly metrics: readonly PortalMetric[];
  readonly dossiers: PortalDossierTotals | null;
}

/** One group endpoint's response, read. */
export interface PortalGroupResponse {
  readonly file: string;
  readonly group: GroupKey;
  readonly shape: 'evaluation' | 'tree';
  readonly province: { readonly departmentId: string | null; readonly name: string } | null;
  readonly units: readonly PortalGroupUnit[];
  readonly issues: readonly PortalIssue[];
}

export type ReadResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: PortalIssue };

/**
 * Reads a response of the portal's evaluation API (`{code, data, message}`), in either of its
 * two shapes: evaluation (`data.overview` + `data.evaluation[]` with `metrics[]`) or tree
 * (`data.parent` + `data.children[]`). The group comes from the content (its sub-indicator codes
 * or its fields) and is checked against the file name when that names an endpoint. A unit that
 * cannot be read is reported with its JSON path; the others are kept.
 */
export function readPortalResponse(file: string, json: unknown): ReadResult<PortalGroupResponse> {
  const fail = (reason: PortalIssue['reason'], detail?: string): ReadResult<never> => ({
    ok: false,
    issue: { file, path: '', reason, severity: 'rejected', ...(detail ? { detail } : {}) },
  });
  const data = isRecord(json) ? recordField(json, 'data') : null;
  if (data === null) return fail('not-portal-shape', 'no "data" object');
  const evaluation = arrayField(data, 'evaluation');
  const children = arrayField(data, 'children');
  const shape = evaluation !== null ? 'evaluation' : children !== null ? 'tree' : null;
  const list = evaluation ?? children;
  if (shape === null || list === null) {
    return fail('not-portal-shape', 'neither "data.evaluation" nor "data.children"');
  }
  const listPath = shape === 'evaluation' ? 'data.evaluation' : 'data.children';
  const group = shape === 'evaluation' ? evaluationGroup(list) : treeGroup(list, data);
  if (group === undefined) return fail('group-unknown');
  const named = groupOfFileName(file);
  if (named !== undefined && named !== group) {
    return fail('group-mismatch', `file name says ${named}, content is ${group}`);
  }
  const issues: PortalIssue[] = [];
  const units: PortalGroupUnit[] = [];
  list.forEach((item, position) => {
    const path = `${listPath}[${String(position)}]`;
    const unit = isRecord(item) ? readUnit(item, { group, shape, position, path }) : null;
    if (unit === null) {
      issues.push({
        file,
        path,
        reason: 'unit-invalid',
        severity: 'rejected',
        unit: isRecord(item) ? (stringField(item, 'departmentName') ?? '') : '',
        detail: 'departmentId, departmentName or the score is missing',
      });
    } else units.push(unit);
  });
  const top = recordField(data, shape === 'evaluation' ? 'overview' : 'parent');
  const provinceName = top === null ? null : stringField(top, 'departmentName');
  return {
    ok: true,
    value: {
      file,
      group,
      shape,
      province:
        top === null || provinceName === null
          ? null
          : { departmentId: stringField(top, 'departmentId'), name: provinceName },
      units,
      issues,
    },
  };
}

function evaluationGroup(list: readonly unknown[]): GroupKey | undefined {
  for (const item of list) {
    if (!isRecord(item)) continue;
    for (const metric of arrayField(item, 'metrics') ?? []) {
      const code = isRecord(metric) ? stringField(metric, 'code') : null;
      const group = code === null ? undefined : groupOfMetric(code);
      if (group !== undefined) return group;
    }
  }
  return undefined;
}

function treeGroup(list: readonly unknown[], data: JsonRecord): GroupKey | undefined {
  const first = list.find(isRecord);
  if (first === undefined) return undefined;
  if ('totalReceived' in first) return 'tdgq';
  if ('totalDossierOnlinePaymentSuccess' in first) return 'tttt';
  const parent = recordField(data, 'parent');
  const max = numberField(first, 'totalMaxScore') ?? numberField(first, 'maxScore');
  if ((parent !== null && 'onlineServiceTotal' in parent) || max === 12) return 'dvctt';
  return undefined;
}

interface UnitPlace {
  readonly group: GroupKey;
  readonly shape: 'evaluation' | 'tree';
  readonly position: number;
  readonly path: string;
}

function readUnit(item: JsonRecord, place: UnitPlace): PortalGroupUnit | null {
  const departmentId = stringField(item, 'departmentId');
  const rawName = stringField(item, 'departmentName');
  // TDGQ's children carry `score`/`maxScore`, the other groups `totalScore`/`totalMaxScore`.
  const score = numberField(item, 'totalScore') ?? numberField(item, 'score');
  const maxScore = numberField(item, 'totalMaxScore') ?? numberField(item, 'maxScore');
  if (departmentId === null || rawName === null || score === null || maxScore === null) return null;
  const type = stringField(item, place.shape === 'evaluation' ? 'departmentType' : 'level');
  const kind = type === 'COMMUNE_PEOPLE_COMMITTEE' || type === 'COMMUNE' ? 'commune' : 'agency';
  const dossiers = place.group === 'tdgq' ? readDossiers(item) : null;
  return {
    departmentId,
    portalCode: stringField(item, 'departmentCode'),
    rawName,
    kind,
    position: place.position,
    path: place.path,
    score,
    maxScore,
    metrics:
      place.shape === 'evaluation'
        ? readMetrics(item, place.group)
        : onTimeMetric(dossiers, score, maxScore, numberField(item, 'ratio')),
    dossiers,
  };
}

function readMetrics(item: JsonRecord, group: GroupKey): PortalMetric[] {
  const metrics: PortalMetric[] = [];
  for (const entry of arrayField(item, 'metrics') ?? []) {
    if (!isRecord(entry)) continue;
    const code = stringField(entry, 'code');
    const maxScore = numberField(entry, 'maxScore');
    if (code === null || maxScore === null) continue;
    metrics.push({
      group,
      code,
      name: stringField(entry, 'name') ?? code,
      numerator: numberField(entry, 'numerator'),
      denominator: numberField(entry, 'denominator'),
      ratio: numberField(entry, 'ratio'),
      score: numberField(entry, 'score'),
      maxScore,
    });
  }
  return metrics;
}

function readDossiers(item: JsonRecord): PortalDossierTotals | null {
  const received = numberField(item, 'totalReceived');
  const onTime = numberField(item, 'totalOnTime');
  const overdue = numberField(item, 'totalOverdue');
  if (received === null || onTime === null || overdue === null) return null;
  return { received, onTime, overdue, avgProcessingDays: numberField(item, 'avgProcessingDays') };
}

/** The progress group publishes no `metrics[]`: its one rule is dossiers on time / received. */
export const ON_TIME_METRIC_CODE = 'DOSSIER_ON_TIME';

function onTimeMetric(
  dossiers: PortalDossierTotals | null,
  score: number,
  maxScore: number,
  ratio: number | null,
): PortalMetric[] {
  if (dossiers === null) return [];
  return [
    {
      group: 'tdgq',
      code: ON_TIME_METRIC_CODE,
      name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      numerator: dossiers.onTime,
      denominator: dossiers.received,
      ratio,
      score,
      maxScore,
    },
  ];
}
