import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import { isMetricCode, metricRuleOf } from '../../data/metric-rules.ts';
import { pointsWithinReach, type PointsWithinReach } from '../../data/points-within-reach.ts';
import type { I18n } from '../../i18n/i18n-context.ts';
import type { QUESTIONS } from '../../queries/questions.ts';

/** One row of the `communeMetrics` answer. */
export type CommuneMetricRow = Awaited<
  ReturnType<(typeof QUESTIONS)['communeMetrics']['run']>
>[number];

export interface MetricLine {
  readonly row: CommuneMetricRow;
  readonly reach: PointsWithinReach;
}

export interface MetricGroupBlock {
  readonly key: GroupKey;
  readonly max: number;
  /** The group's score in `index_scores` for the same snapshot, null where absent. */
  readonly score: number | null;
  readonly lines: readonly MetricLine[];
}

/** The answer's rows by group (index order, only groups with rows), each with its reach. */
export function metricGroups(rows: readonly CommuneMetricRow[]): MetricGroupBlock[] {
  return INDEX_GROUPS.flatMap((group) => {
    const inGroup = rows.filter((row) => row.group === group.key);
    const first = inGroup[0];
    if (first === undefined) return [];
    return [
      {
        key: group.key,
        max: group.max,
        score: first.groupScore,
        lines: inGroup.map((row) => ({
          row,
          reach: pointsWithinReach(
            {
              numerator: row.numerator,
              denominator: row.denominator,
              ratio: row.ratio,
              score: row.score,
              max: row.maxScore,
            },
            metricRuleOf(row.code),
          ),
        })),
      },
    ];
  });
}

/** Digits that show two significant figures of a small positive number (0.025, 0.0041). */
export function significantDigits(value: number): number {
  if (!(value > 0)) return 2;
  return Math.min(6, Math.max(2, 1 - Math.floor(Math.log10(value))));
}

/** The "within reach" cell in words: what more items earn, or why nothing can be counted. */
export function reachText(line: MetricLine, i18n: Pick<I18n, 't' | 'format'>): string {
  const { t, format } = i18n;
  const { reach, row } = line;
  switch (reach.kind) {
    case 'full':
      return t('metrics.reach.full');
    case 'none':
      return t(`metrics.reach.${reach.reason}`);
    case 'gain':
      return t('metrics.reach.gain', {
        items: isMetricCode(row.code)
          ? t(`metrics.counts.${row.code}`, { count: reach.items })
          : format.integer(reach.items),
        points: format.decimal(reach.points),
      });
  }
}

/** The points one more item earns, in words ("thêm 1 → +0,025 điểm"), for a gain only. */
export function perItemText(line: MetricLine, i18n: Pick<I18n, 't' | 'format'>): string | null {
  if (line.reach.kind !== 'gain') return null;
  const { perItem } = line.reach;
  return i18n.t('metrics.reach.perItem', {
    points: i18n.format.decimal(perItem, significantDigits(perItem)),
  });
}
