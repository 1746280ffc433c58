import {
  handledCount,
  onTimeRate,
  sumBuckets,
  type OnTimeRateKind,
} from '../../data/on-time-rates.ts';
import type { Format } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { DossierTrendRow } from '../../queries/questions.ts';
import type { DossierCounts, DossierUnitRow } from '../../queries/questions.ts';

interface Ctx {
  readonly t: Translate;
  readonly format: Format;
}

/** The reporting units' buckets added up (the filtered province), or null when none reported. */
export function totalCounts(rows: readonly DossierUnitRow[]) {
  const reported = rows.flatMap((row) => (row.counts === null ? [] : [row.counts]));
  return reported.length === 0 ? null : sumBuckets(reported);
}

/**
 * The one-sentence text alternative of the units chart: how many units reported, the total
 * handled, the chosen rate over all of them, and the highest and lowest unit among those with
 * at least 20 dossiers (small counts would top and bottom every list).
 */
export function summarizeDossiers(
  rows: readonly DossierUnitRow[],
  month: string,
  rate: OnTimeRateKind,
  { t, format }: Ctx,
): string {
  const monthLabel = format.month(month);
  const reported = rows.filter(
    (row): row is DossierUnitRow & { counts: DossierCounts } => row.counts !== null,
  );
  const total = totalCounts(rows);
  if (total === null) return t('dossiers.summaryEmpty', { month: monthLabel });
  const ranked = reported
    .map((row) => ({ row, share: onTimeRate(rate, row.counts) }))
    .filter((entry) => entry.share.ratio !== null && !entry.share.small)
    .sort((a, b) => (b.share.ratio ?? 0) - (a.share.ratio ?? 0));
  const best = ranked[0];
  const worst = ranked.at(-1);
  return t('dossiers.summary', {
    month: monthLabel,
    count: reported.length,
    handled: t('count.dossiers', { count: handledCount(total) }),
    rateName: t(`dossiers.rate.${rate}.name`),
    rate: format.percent(onTimeRate(rate, total).ratio),
    best: best?.row.name ?? '—',
    bestRate: format.percent(best?.share.ratio ?? null),
    worst: worst?.row.name ?? '—',
    worstRate: format.percent(worst?.share.ratio ?? null),
  });
}

/** The text alternative of the trend chart: span of months and the rate at both ends. */
export function summarizeDossierTrend(
  rows: readonly DossierTrendRow[],
  scope: string,
  rate: OnTimeRateKind,
  { t, format }: Ctx,
): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return '';
  return t('dossiers.trendSummary', {
    scope,
    count: rows.length,
    first: format.month(first.month),
    last: format.month(last.month),
    rateName: t(`dossiers.rate.${rate}.short`),
    firstRate: format.percent(onTimeRate(rate, first.counts).ratio),
    lastRate: format.percent(onTimeRate(rate, last.counts).ratio),
  });
}
