import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { RankingMetric } from '../../data/ranking-metric.ts';

/** The display name of a metric: "Tổng điểm" or "CKMB · Công khai, minh bạch". */
export function useMetricName(metric: RankingMetric): string {
  const { t } = useI18n();
  if (metric === 'total') return t('ranking.metric.total');
  const group = INDEX_GROUPS.find((entry) => entry.key === metric);
  return `${group?.code ?? metric} · ${t(`group.${metric}`)}`;
}
