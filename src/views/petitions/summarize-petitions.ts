import type { CsvColumn } from '../../data/format-csv-export.ts';
import { per10k, shareOf } from '../../data/on-time-rates.ts';
import { PETITION_TOPICS, type PetitionTopic } from '../../data/schema.ts';
import type { Format } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { PetitionTrendRow } from '../../queries/questions.ts';
import type { PetitionCounts, PetitionUnitRow } from '../../queries/questions.ts';
import { answeredCount } from './petition-state.ts';
import { PETITION_OUTCOMES } from '../../charts/petition-series.ts';

interface Ctx {
  readonly t: Translate;
  readonly format: Format;
}

/** The shown units' petitions added up, or null when none has any. */
export function totalPetitions(rows: readonly PetitionUnitRow[]): PetitionCounts | null {
  const list = rows.flatMap((row) => (row.counts === null ? [] : [row.counts]));
  if (list.length === 0) return null;
  const byTopic = Object.fromEntries(PETITION_TOPICS.map((topic) => [topic, 0])) as Record<
    PetitionTopic,
    number
  >;
  const total = { received: 0, answeredOnSpot: 0, answeredLater: 0, transferred: 0, pending: 0 };
  for (const counts of list) {
    total.received += counts.received;
    for (const outcome of PETITION_OUTCOMES) total[outcome] += counts[outcome];
    for (const topic of PETITION_TOPICS) byTopic[topic] += counts.byTopic[topic];
  }
  return { ...total, byTopic };
}

/** The one-sentence text alternative of the units chart. */
export function summarizePetitions(
  rows: readonly PetitionUnitRow[],
  period: string,
  { t, format }: Ctx,
): string {
  const total = totalPetitions(rows);
  const withPetitions = rows.filter((row) => (row.counts?.received ?? 0) > 0);
  if (total === null || total.received === 0) return t('petitions.summaryEmpty', { period });
  const top = [...withPetitions].sort(
    (a, b) => (b.counts?.received ?? 0) - (a.counts?.received ?? 0),
  )[0];
  const topic = [...PETITION_TOPICS].sort((a, b) => total.byTopic[b] - total.byTopic[a])[0];
  return t('petitions.summary', {
    period,
    count: withPetitions.length,
    received: format.integer(total.received),
    top: top?.name ?? '—',
    topCount: format.integer(top?.counts?.received ?? 0),
    topic: topic === undefined ? '—' : t(`petitions.topic.${topic}`),
    topicCount: format.integer(topic === undefined ? 0 : total.byTopic[topic]),
    share: format.percent(shareOf(answeredCount(total), total.received).ratio),
  });
}

/** The text alternative of the trend chart. */
export function summarizePetitionTrend(
  rows: readonly PetitionTrendRow[],
  scope: string,
  { t, format }: Ctx,
): string {
  const first = rows[0];
  const last = rows.at(-1);
  const peak = [...rows].sort((a, b) => b.counts.received - a.counts.received)[0];
  if (first === undefined || last === undefined || peak === undefined) return '';
  const share = (counts: PetitionCounts) =>
    format.percent(shareOf(answeredCount(counts), counts.received).ratio);
  return t('petitions.trendSummary', {
    scope,
    months: t('count.months', { count: rows.length }),
    peak: format.month(peak.month),
    peakCount: t('count.petitions', { count: peak.counts.received }),
    firstShare: share(first.counts),
    lastShare: share(last.counts),
  });
}

const percent = (ratio: number | null): number | null =>
  ratio === null ? null : Math.round(ratio * 10_000) / 100;
const round1 = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

/**
 * Columns of the petitions CSV: counts by outcome and topic, the answered share and the rate per
 * 10,000 residents (empty, with `population_known` = 0, where population is unknown).
 */
export function petitionCsvColumns(period: {
  from: string;
  to: string;
}): CsvColumn<PetitionUnitRow>[] {
  const count = (pick: (counts: PetitionCounts) => number) => (row: PetitionUnitRow) =>
    row.counts === null ? null : pick(row.counts);
  return [
    { header: 'code', value: (row) => row.code },
    { header: 'name', value: (row) => row.name },
    { header: 'type', value: (row) => row.type },
    { header: 'former_district', value: (row) => row.formerDistrict },
    { header: 'from_month', value: () => period.from },
    { header: 'to_month', value: () => period.to },
    { header: 'received', value: count((counts) => counts.received) },
    { header: 'answered_on_spot', value: count((counts) => counts.answeredOnSpot) },
    { header: 'answered_later', value: count((counts) => counts.answeredLater) },
    { header: 'transferred', value: count((counts) => counts.transferred) },
    { header: 'pending', value: count((counts) => counts.pending) },
    {
      header: 'answered_share_pct',
      value: (row) =>
        row.counts === null
          ? null
          : percent(shareOf(answeredCount(row.counts), row.counts.received).ratio),
    },
    ...PETITION_TOPICS.map((topic): CsvColumn<PetitionUnitRow> => ({
      header: `topic_${topic}`,
      value: count((counts) => counts.byTopic[topic]),
    })),
    { header: 'population', value: (row) => row.population },
    {
      header: 'per_10000_residents',
      value: (row) => round1(per10k(row.counts?.received ?? 0, row.population)),
    },
  ];
}
