import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import type { Ranking } from '../../queries/questions.ts';

/** What the ranking must say about its own figures, beside them. */
export interface RankingFacts {
  /** Groups with one value for every ranked unit (CKMB on the portal): they rank no one. */
  readonly equalGroups: readonly { readonly key: GroupKey; readonly value: number }[];
  /** Ranked units with the full 18 MDHL points (the portal's rule for units without PAKN). */
  readonly mdhlFull: number;
  /** Units sharing their rank with another, and the best such rank. */
  readonly tied: number;
  readonly firstTiedRank: number | null;
  /** Tied units the source numbered one after another (a crawler's `groupRank`). */
  readonly tiesNumberedBySource: boolean;
  /** Units scored but without every group (a subset of the portal's files). */
  readonly groupMissing: number;
}

const MDHL_MAX = INDEX_GROUPS.find((group) => group.key === 'mdhl')?.max ?? 18;

/** The facts of a ranking, from its rows alone. */
export function rankingFacts(ranking: Ranking): RankingFacts {
  const ranked = ranking.rows.filter((row) => row.rank !== null);
  const withGroups = ranked.flatMap((row) => (row.groups === null ? [] : [row.groups]));
  const equalGroups =
    withGroups.length < 2
      ? []
      : INDEX_GROUPS.flatMap(({ key }) => {
          const first = withGroups[0]?.[key];
          return first !== undefined && withGroups.every((groups) => groups[key] === first)
            ? [{ key, value: first }]
            : [];
        });
  const byRank = new Map<number, typeof ranked>();
  for (const row of ranked) {
    if (row.rank === null) continue;
    byRank.set(row.rank, [...(byRank.get(row.rank) ?? []), row]);
  }
  const tiedGroups = [...byRank.entries()].filter(([, rows]) => rows.length > 1);
  const tiesNumberedBySource = tiedGroups.some(([, rows]) => {
    const published = rows.flatMap((row) =>
      row.publishedRank === null ? [] : [row.publishedRank],
    );
    return new Set(published).size > 1;
  });
  return {
    equalGroups,
    mdhlFull: withGroups.filter((groups) => groups.mdhl >= MDHL_MAX).length,
    tied: tiedGroups.reduce((sum, [, rows]) => sum + rows.length, 0),
    firstTiedRank: tiedGroups.length === 0 ? null : Math.min(...tiedGroups.map(([rank]) => rank)),
    tiesNumberedBySource,
    groupMissing: ranked.filter((row) => row.groups === null).length,
  };
}
