import { onTimeRate } from '../../src/data/on-time-rates.ts';
import type { DossierRow } from './generate-dossiers.ts';
import type { PetitionRow } from './generate-petitions.ts';
import type { MetricRow, ScoreRow } from './generate-scores.ts';
import { METRICS } from './index-metrics.ts';

/** Measures used by the generator's summary and its tests to confirm the sample's promises. */

/** (carried over + received) − (resolved + pending + returned); 0 when the report balances. */
export function dossierImbalance(row: DossierRow): number {
  const inflow = row.carriedOver + row.receivedOnline + row.receivedInPerson + row.receivedPostal;
  const outflow =
    row.resolvedEarly +
    row.resolvedOnTime +
    row.resolvedLate +
    row.pendingInTime +
    row.pendingOverdue +
    row.returned;
  return inflow - outflow;
}

export function findUnbalancedDossiers(rows: readonly DossierRow[]): DossierRow[] {
  return rows.filter((row) => dossierImbalance(row) !== 0);
}

export function receivedDossiers(row: DossierRow): number {
  return row.receivedOnline + row.receivedInPerson + row.receivedPostal;
}

/** Everything on the desk that month: carried over plus received. */
export function handledDossiers(row: DossierRow): number {
  return row.carriedOver + receivedDossiers(row);
}

/** The press rate: (early + on time) ÷ (early + on time + late); null with nothing resolved. */
export function pressOnTimeRate(row: DossierRow): number | null {
  const onTime = row.resolvedEarly + row.resolvedOnTime;
  const resolved = onTime + row.resolvedLate;
  return resolved === 0 ? null : onTime / resolved;
}

/** Competition ranks ("1, 2, 2, 4") of total within one snapshot, keyed by code. */
export function rankBySnapshot(
  rows: readonly ScoreRow[],
  snapshotDate: string,
): Map<string, number> {
  const snapshot = rows.filter((row) => row.snapshotDate === snapshotDate);
  return new Map(
    snapshot.map((row) => [
      row.code,
      1 + snapshot.filter((other) => centsOf(other.total) > centsOf(row.total)).length,
    ]),
  );
}

/** Groups of two or more units with the same total in the same snapshot. */
export function findTotalTies(
  rows: readonly ScoreRow[],
): { snapshotDate: string; total: number; codes: string[] }[] {
  const groups = new Map<string, { snapshotDate: string; total: number; codes: string[] }>();
  for (const row of rows) {
    const key = `${row.snapshotDate}|${String(centsOf(row.total))}`;
    const group = groups.get(key) ?? {
      snapshotDate: row.snapshotDate,
      total: row.total,
      codes: [],
    };
    group.codes.push(row.code);
    groups.set(key, group);
  }
  return [...groups.values()].filter((group) => group.codes.length > 1);
}

export function petitionsReceived(
  rows: readonly PetitionRow[],
  code: string,
  month: string,
): number {
  return rows
    .filter((row) => row.code === code && row.month === month)
    .reduce((sum, row) => sum + row.received, 0);
}

function centsOf(score: number): number {
  return Math.round(score * 100);
}

/** TDGQ as the portal computes it: its on-time rate (`on-time-rates.ts`) × 20; 0 with no dossiers. */
export function portalTdgq(row: DossierRow): number {
  return (onTimeRate('portal', row).ratio ?? 0) * 20;
}

/** Procedure complaints (PAKN) of a unit-snapshot: the denominator of its PAKN sub-indicators. */
export function paknOf(metrics: readonly MetricRow[]): number | null {
  return (
    metrics.find((row) => row.metricCode === 'PETITION_PROCESSING_ON_TIME')?.denominator ?? null
  );
}

/** What a sub-indicator's score must be by the portal's rule, or null when nothing was counted. */
export function expectedMetricScore(row: MetricRow): number | null {
  const spec = METRICS.find((candidate) => candidate.code === row.metricCode);
  if (!spec) return null;
  const { numerator, denominator } = row;
  let percent: number | null;
  if (numerator !== null && denominator !== null) {
    percent = denominator > 0 ? (numerator / denominator) * 100 : null;
  } else percent = row.ratioHundredths === null ? null : row.ratioHundredths / 100;
  if (percent === null) return spec.whenEmpty === 'full' ? spec.max : 0;
  return spec.max * Math.min(1, percent / spec.threshold);
}

const ROUNDING = 0.005 + 1e-9;

/**
 * Every way the sample can break the portal's rules (design.md §3b), as sentences; empty when it
 * follows them all. The generator refuses to write files that break one, and the tests check it.
 */
export function indexRuleViolations(
  scores: readonly ScoreRow[],
  metrics: readonly MetricRow[],
  dossiers: readonly DossierRow[],
): string[] {
  const problems: string[] = [];
  const key = (code: string, period: string) => `${code}|${period}`;
  const dossierOf = new Map(dossiers.map((row) => [key(row.code, row.month), row]));
  const metricsOf = new Map<string, MetricRow[]>();
  for (const row of metrics) {
    const list = metricsOf.get(key(row.code, row.snapshotDate)) ?? [];
    list.push(row);
    metricsOf.set(key(row.code, row.snapshotDate), list);
  }
  const ckmbOf = new Map<string, Set<number>>();
  for (const row of scores) {
    const where = `${row.code} ${row.snapshotDate}`;
    ckmbOf.set(
      row.snapshotDate,
      (ckmbOf.get(row.snapshotDate) ?? new Set()).add(centsOf(row.ckmb)),
    );
    const dossier = dossierOf.get(key(row.code, row.period));
    if (!dossier) problems.push(`${where}: no dossiers`);
    else {
      if (Math.abs(row.tdgq - portalTdgq(dossier)) > ROUNDING) {
        problems.push(`${where}: TDGQ ${String(row.tdgq)} is not the portal rate × 20`);
      }
      const rate = onTimeRate('portal', dossier);
      if (
        row.dossiersReceived !== receivedDossiers(dossier) ||
        row.dossiersOnTime !== rate.numerator ||
        row.dossiersOverdue !== rate.denominator - rate.numerator
      ) {
        problems.push(`${where}: dossier totals differ from the dossiers`);
      }
    }
    const own = metricsOf.get(key(row.code, row.snapshotDate)) ?? [];
    if (own.length !== METRICS.length)
      problems.push(`${where}: ${String(own.length)} sub-indicators`);
    if (paknOf(own) === 0 && row.mdhl !== 18) {
      problems.push(`${where}: MDHL ${String(row.mdhl)} without complaints`);
    }
    let total = 0;
    for (const group of ['ckmb', 'tdgq', 'dvctt', 'tttt', 'mdsh', 'mdhl'] as const) {
      const sum = own.filter((m) => m.group === group).reduce((acc, m) => acc + m.scoreCents, 0);
      if (sum !== centsOf(row[group])) problems.push(`${where}: ${group} ≠ its sub-indicators`);
      total += centsOf(row[group]);
    }
    if (total !== centsOf(row.total)) problems.push(`${where}: total ≠ the sum of its groups`);
  }
  for (const [snapshot, values] of ckmbOf) {
    if (values.size !== 1) problems.push(`${snapshot}: ${String(values.size)} CKMB values`);
  }
  for (const row of metrics) problems.push(...metricViolations(row));
  return problems;
}

function metricViolations(row: MetricRow): string[] {
  const where = `${row.code} ${row.snapshotDate} ${row.metricCode}`;
  const problems: string[] = [];
  const { numerator, denominator } = row;
  if (numerator !== null && denominator !== null) {
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
      problems.push(`${where}: counts are not integers`);
    }
    if (numerator > denominator) problems.push(`${where}: numerator above denominator`);
    const percent = denominator > 0 ? (numerator / denominator) * 100 : null;
    const ratio = row.ratioHundredths === null ? null : row.ratioHundredths / 100;
    const follows =
      percent === null || ratio === null
        ? percent === ratio
        : Number.isSafeInteger(row.ratioHundredths) && Math.abs(ratio - percent) <= ROUNDING;
    if (!follows) problems.push(`${where}: ratio does not follow the counts`);
  }
  if (row.scoreCents < 0 || row.scoreCents > row.maxScore * 100) {
    problems.push(`${where}: score outside [0, max]`);
  }
  const expected = expectedMetricScore(row);
  if (expected === null || Math.abs(row.scoreCents / 100 - expected) > ROUNDING) {
    problems.push(`${where}: score ${String(row.scoreCents / 100)} does not follow its ratio`);
  }
  return problems;
}
