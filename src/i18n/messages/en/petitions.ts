import type { TranslationOf } from '../../plural.ts';
import type { petitionsVi } from '../petitions.ts';

/** English for `petitions` messages, typed against the Vietnamese source in `../petitions.ts`. */
export const petitionsEn: TranslationOf<typeof petitionsVi> = {
  'nav.petitions': "Voters' petitions",
  'petitions.heading': "Voters' petitions · {period}",
  'petitions.fold.filters': 'Unit filters',
  'petitions.fold.controls': 'Definitions, chart and sort order',
  'petitions.intro':
    'Petitions voters raise at meetings with their elected deputies: not part of the 766 index, and a separate dataset from complaints about administrative procedures.',
  'petitions.taxonomyNote': "The topics are this project's taxonomy, not an official one.",
  'petitions.topic.dat_dai': 'Land',
  'petitions.topic.ha_tang_giao_thong': 'Infrastructure, transport',
  'petitions.topic.chinh_sach_xa_hoi': 'Social policy',
  'petitions.topic.y_te': 'Health',
  'petitions.topic.giao_duc': 'Education',
  'petitions.topic.moi_truong': 'Environment',
  'petitions.topic.kinh_te_ngan_sach': 'Economy, budget',
  'petitions.topic.khac': 'Other',
  'petitions.outcome.answeredOnSpot': 'Answered on the spot',
  'petitions.outcome.answeredLater': 'Answered later',
  'petitions.outcome.transferred': 'Passed to a higher level',
  'petitions.outcome.pending': 'Pending',
  'petitions.answeredShare': 'Answered share',
  'petitions.answeredShareDefinition':
    'Answered share = (answered on the spot + answered later) ÷ petitions received. Shares from fewer than 20 petitions are marked "small n".',
  'petitions.measure.count': 'Petitions',
  'petitions.measure.per10k': 'Petitions per 10,000 residents',
  'petitions.measureLabel': 'Measure',
  'petitions.chartMode': 'Split by',
  'petitions.chartTopics': "Voters' petitions by topic",
  'petitions.chartOutcomes': "Voters' petitions by outcome",
  'petitions.modeTopics': 'Topic',
  'petitions.modeOutcomes': 'Outcome',
  'petitions.unitsChartLabel': {
    one: 'Stacked bar chart: {title}, {count} unit, {period}, {unit}',
    other: 'Stacked bar chart: {title}, {count} units, {period}, {unit}',
  },
  'petitions.trendTitle': 'Petitions by month: {scope}',
  'petitions.trendChartLabel':
    "Stacked monthly columns of voters' petitions by outcome, with a line of the answered share: {scope}",
  'petitions.column.received': 'Received',
  'petitions.column.per10k': 'Per 10,000 residents',
  'petitions.column.population': 'Population',
  'petitions.populationUnknown': 'population unknown',
  'petitions.per10kNote': {
    one: 'Population is known for {known} of the {count} unit shown; the others say "population unknown" and have no per-10,000 rate (never estimated).',
    other:
      'Population is known for {known} of the {count} units shown; the others say "population unknown" and have no per-10,000 rate (never estimated).',
  },
  'petitions.per10kChartNote':
    'The per-10,000 chart draws only the {known} with a known population, not the {unknown} whose population is unknown.',
  'petitions.from': 'From',
  'petitions.to': 'To',
  'petitions.allMonths': 'All months',
  'petitions.sort.received': 'Received',
  'petitions.sort.per10k': 'Per 10,000 residents',
  'petitions.sort.answeredShare': 'Answered share',
  'petitions.sort.pending': 'Pending',
  'petitions.sort.name': 'Unit name',
  'petitions.total': {
    one: 'All units shown: {count} petition, {pending} pending.',
    other: 'All units shown: {count} petitions, {pending} pending.',
  },
  'petitions.summary': {
    one: '{period}: {count} unit with petitions, {received} in all. Most: {top} ({topCount}); top topic: {topic} ({topicCount}); answered {share}.',
    other:
      '{period}: {count} units with petitions, {received} in all. Most: {top} ({topCount}); top topic: {topic} ({topicCount}); answered {share}.',
  },
  'petitions.summaryEmpty': '{period}: no petitions from the filtered units.',
  'petitions.trendSummary':
    '{scope}: {months}; most in {peak} ({peakCount}); answered share from {firstShare} to {lastShare}.',
  'petitions.tableHeading': 'Petitions by unit (table)',
  'petitions.tableCaption': {
    one: "Voters' petitions of {count} unit, {period}, sorted by {sort}",
    other: "Voters' petitions of {count} units, {period}, sorted by {sort}",
  },
  'petitions.trendTableHeading': 'Petitions by month (table)',
  'petitions.trendCaption': "Voters' petitions by month, {scope}",
  'petitions.noPetitions': 'No petitions',
  'petitions.column.month': 'Month',
};
