import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

const SQL = `
WITH d AS (
  SELECT month,
    CAST(received_online + received_in_person + received_postal AS DOUBLE) AS received,
    CAST(resolved_early + resolved_on_time + resolved_late AS DOUBLE) AS resolved,
    CAST(resolved_late AS DOUBLE) AS late,
    CAST(pending_overdue AS DOUBLE) AS overdue
  FROM dossiers
  WHERE code = ?
),
p AS (
  SELECT month, CAST(sum(received) AS DOUBLE) AS received, CAST(sum(pending) AS DOUBLE) AS pending
  FROM petitions
  WHERE code = ?
  GROUP BY month
)
SELECT coalesce(d.month, p.month) AS month,
  d.received AS dossiers_received, d.resolved AS dossiers_resolved,
  d.late AS dossiers_late, d.overdue AS dossiers_overdue,
  p.received AS petitions_received, p.pending AS petitions_pending
FROM d FULL OUTER JOIN p ON d.month = p.month
ORDER BY month`;

export interface CommuneActivityRow {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Null when the unit has no dossier report that month. */
  readonly dossiersReceived: number | null;
  /** Resolved early, on time or late. */
  readonly dossiersResolved: number | null;
  readonly dossiersLate: number | null;
  /** In progress past the deadline at the end of the month. */
  readonly dossiersOverdue: number | null;
  /** Null when no petition was recorded for the unit that month; all topics summed. */
  readonly petitionsReceived: number | null;
  readonly petitionsPending: number | null;
}

const read = createRowReader('get-commune-activity');

/**
 * How many dossiers and voters' petitions did one unit handle each month? One row per month in
 * which the unit has a dossier report or a petition (oldest first): dossiers received (online,
 * in person and by post) and resolved (early, on time and late), petitions received and still
 * pending (all topics). An empty list means the unit has neither. `code` is the 5-digit code.
 */
export async function getCommuneActivity(
  db: DbClient,
  code: string,
): Promise<CommuneActivityRow[]> {
  const rows = await db.query(SQL, [code, code]);
  return rows.map((row) => ({
    month: read.string(row, 'month'),
    dossiersReceived: read.nullableNumber(row, 'dossiers_received'),
    dossiersResolved: read.nullableNumber(row, 'dossiers_resolved'),
    dossiersLate: read.nullableNumber(row, 'dossiers_late'),
    dossiersOverdue: read.nullableNumber(row, 'dossiers_overdue'),
    petitionsReceived: read.nullableNumber(row, 'petitions_received'),
    petitionsPending: read.nullableNumber(row, 'petitions_pending'),
  }));
}
