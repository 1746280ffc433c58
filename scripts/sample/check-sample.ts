import type { DossierRow } from './generate-dossiers.ts';
import type { PetitionRow } from './generate-petitions.ts';
import type { ScoreRow } from './generate-scores.ts';

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
