import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

/** A sub-indicator the data holds: what the ranking can rank by. */
export interface SubIndicator {
  readonly code: string;
  readonly name: string;
  readonly group: GroupKey;
  readonly maxScore: number;
}

const SQL = `
SELECT metric_code, min(metric_name) AS name, min("group") AS grp, max(max_score) AS max_score
FROM index_metrics
GROUP BY metric_code
HAVING max(max_score) > 0
ORDER BY metric_code`;

const read = createRowReader('get-sub-indicators');
const groupKeys = INDEX_GROUPS.map((group) => group.key);

/**
 * Which sub-indicators can units be ranked by? Every code of `index_metrics` worth points (the
 * portal's 0-point ones rank no one), in the index's group order, then by code.
 */
export async function getSubIndicators(db: DbClient): Promise<SubIndicator[]> {
  const rows = await db.query(SQL);
  return rows
    .map((row) => ({
      code: read.string(row, 'metric_code'),
      name: read.string(row, 'name'),
      group: read.oneOf(row, 'grp', groupKeys),
      maxScore: read.number(row, 'max_score'),
    }))
    .sort((a, b) => groupKeys.indexOf(a.group) - groupKeys.indexOf(b.group));
}
