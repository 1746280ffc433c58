import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { Ranking } from '../../queries/questions.ts';
import { rankingFacts } from './ranking-facts.ts';

/**
 * What the reader must know to read the ranking right: what the changes are measured from (the
 * previous period, or the period's previous snapshot), groups equal for every unit (which rank
 * no one), the portal's full-points rule for satisfaction without petitions, and shared ranks.
 */
export function RankingFactsNote({
  ranking,
  requestedSub,
}: {
  readonly ranking: Ranking;
  /** The sub-indicator asked for in the URL, to say when the data has none of that code. */
  readonly requestedSub: string | null;
}) {
  const { t, format } = useI18n();
  const facts = rankingFacts(ranking);
  const previous = format.month(ranking.previousPeriod);
  const groupName = (key: string) => {
    const group = INDEX_GROUPS.find((entry) => entry.key === key);
    return group === undefined ? key : `${group.code} (${t(`group.${group.key}`)})`;
  };
  const [onlyEqual] = facts.equalGroups;
  const lines = [
    ranking.previousRankedCount === 0
      ? t('ranking.compare.none', { previous })
      : ranking.comparison === 'snapshot'
        ? t('ranking.compare.snapshot', { previous })
        : t('ranking.compare.period', { previous }),
    requestedSub !== null && ranking.sub === null
      ? t('ranking.fact.subMissing', {
          code: requestedSub,
          metric:
            ranking.metric === 'total' ? t('ranking.metric.total') : groupName(ranking.metric),
        })
      : null,
    ranking.sub !== null && ranking.rankedCount === 0
      ? t('ranking.fact.subNoValues', { name: ranking.sub.name })
      : null,
    facts.equalGroups.length === 1 && onlyEqual !== undefined
      ? t('ranking.fact.equalGroup', {
          groups: groupName(onlyEqual.key),
          value: format.decimal(onlyEqual.value),
        })
      : facts.equalGroups.length > 1
        ? t('ranking.fact.equalGroups', {
            groups: facts.equalGroups.map((group) => groupName(group.key)).join(', '),
          })
        : null,
    facts.mdhlFull > 0 ? t('ranking.fact.mdhlFull', { count: facts.mdhlFull }) : null,
    facts.tied > 0 && facts.firstTiedRank !== null
      ? t('ranking.fact.ties', { count: facts.tied, example: facts.firstTiedRank })
      : null,
    facts.tiesNumberedBySource ? t('ranking.fact.tiesPublished') : null,
    facts.groupMissing > 0 ? t('ranking.fact.groupMissing', { count: facts.groupMissing }) : null,
  ].filter((line): line is string => line !== null);
  return (
    <ul className="note ranking-facts" data-testid="ranking-facts">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
