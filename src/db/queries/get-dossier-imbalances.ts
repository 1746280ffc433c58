import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

export interface DossierImbalanceRow {
  readonly code: string;
  readonly name: string;
  /** `YYYY-MM`. */
  readonly month: string;
  /** carried over + received. */
  readonly inflow: number;
  /** resolved + in progress + returned. */
  readonly outflow: number;
  /** inflow − outflow (never 0 here). */
  readonly gap: number;
}

const SQL = `
WITH flows AS (
  SELECT d.code, d.month,
    (d.carried_over + d.received_online + d.received_in_person + d.received_postal)::DOUBLE
      AS inflow,
    (d.resolved_early + d.resolved_on_time + d.resolved_late + d.pending_in_time
      + d.pending_overdue + d.returned)::DOUBLE AS outflow
  FROM dossiers d
)
SELECT f.code, u.name, f.month, f.inflow, f.outflow, f.inflow - f.outflow AS gap
FROM flows f JOIN units u ON u.code = f.code
WHERE f.inflow <> f.outflow
ORDER BY f.month, f.code`;

const read = createRowReader('get-dossier-imbalances');

/**
 * Which unit-months do not balance (carried over + received ≠ resolved + in progress +
 * returned)? All of them, in every month and unit, whatever the page's filters: a data-quality
 * list that is never hidden. Oldest month first.
 */
export async function getDossierImbalances(db: DbClient): Promise<DossierImbalanceRow[]> {
  const rows = await db.query(SQL);
  return rows.map((row) => ({
    code: read.string(row, 'code'),
    name: read.string(row, 'name'),
    month: read.string(row, 'month'),
    inflow: read.number(row, 'inflow'),
    outflow: read.number(row, 'outflow'),
    gap: read.number(row, 'gap'),
  }));
}
