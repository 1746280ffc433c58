import { formatCsvExport, type CsvColumn } from '../../data/format-csv-export.ts';
import { INDEX_GROUPS } from '../../data/index-groups.ts';
import type { Ranking, RankingRow } from '../../queries/questions.ts';

/**
 * The columns of the ranking table's downloads (CSV and XLSX), for the rows shown (filtered and
 * sorted) with province-wide ranks; machine-friendly headers, unit codes as text, numbers
 * unformatted.
 */
export function rankingCsvColumns(ranking: Ranking): CsvColumn<RankingRow>[] {
  return [
    { header: 'month', value: () => ranking.period },
    { header: 'metric', value: () => ranking.metric },
    { header: 'rank', value: (row) => row.rank },
    { header: 'ranked_units', value: () => ranking.rankedCount },
    { header: 'code', value: (row) => row.code },
    { header: 'name', value: (row) => row.name },
    { header: 'type', value: (row) => row.type },
    { header: 'former_district', value: (row) => row.formerDistrict },
    { header: 'score', value: (row) => row.score },
    { header: 'total', value: (row) => row.total },
    ...INDEX_GROUPS.map((group): CsvColumn<RankingRow> => ({
      header: group.key,
      value: (row) => row.groups?.[group.key] ?? null,
    })),
    { header: 'previous_month', value: () => ranking.previousPeriod },
    { header: 'previous_rank', value: (row) => row.previousRank },
    { header: 'rank_change', value: (row) => row.rankChange },
    { header: 'score_change', value: (row) => row.scoreChange },
  ];
}

/** The ranking table as CSV (see `rankingCsvColumns`). */
export function rankingCsv(
  ranking: Ranking,
  rows: readonly RankingRow[],
  note: string | undefined,
): string {
  return formatCsvExport(rows, rankingCsvColumns(ranking), note === undefined ? {} : { note });
}
