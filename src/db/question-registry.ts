import { defineQuestion } from './question.ts';

// The functions that answer the questions (their SQL and row readers) are a chunk of their own,
// fetched when the engine starts: the first page is drawn from the build's answers without them.
const answers = () => import('./question-answers.ts');
const answer =
  <F>(pick: (module: Awaited<ReturnType<typeof answers>>) => F) =>
  (): Promise<F> =>
    answers().then(pick);

/** Fetches the answering code ahead of the first question (the engine's start calls it). */
export const preloadAnswers = (): Promise<unknown> => answers();

/**
 * Every question the views ask, declared once. Views ask them with `useQuestion(QUESTIONS.x,
 * params)`; a build-time runner answers the same declarations on the Node engine, under the same
 * keys. `keepPrevious`: the answer changes with a control (month, filter, metric), and the old
 * one stays on screen until the new one arrives. Questions about one unit never keep the
 * previous answer: one unit's figures must never show under another's name.
 */
export const QUESTIONS = {
  /** Every unit with its reference facts, by Vietnamese name. */
  units: defineQuestion(
    'units',
    answer((module) => module.getUnits),
  ),
  /** The provinces and the number of the loaded units: what titles and summaries say. */
  unitSummary: defineQuestion(
    'unit-summary',
    answer((module) => module.getUnitSummary),
  ),
  /** The former districts units come from (every page's district filter). */
  formerDistricts: defineQuestion(
    'former-districts',
    answer((module) => module.getFormerDistricts),
  ),
  /** The points with scores (periods, and snapshots of a period taken on several days). */
  periods: defineQuestion(
    'periods',
    answer((module) => module.getPeriods),
  ),
  /** The sub-indicators the data holds, worth points: what a ranking can rank by. */
  subIndicators: defineQuestion(
    'sub-indicators',
    answer((module) => module.getSubIndicators),
  ),
  /** Every unit ranked for one month and metric, with the change since the month before. */
  ranking: defineQuestion(
    'ranking',
    answer((module) => module.getRanking),
    {
      keepPrevious: true,
    },
  ),
  /** Why one unit's total rank changed since the previous month. */
  rankChange: defineQuestion(
    'rank-change',
    answer((module) => module.getRankChange),
    { keepPrevious: true },
  ),
  /** Every unit's score and rank on one metric, month by month. */
  scoreHistory: defineQuestion(
    'score-history',
    answer((module) => module.getScoreHistory),
    { keepPrevious: true },
  ),
  /** One unit's total, groups and rank for every month. */
  communeScores: defineQuestion(
    'commune-scores',
    answer((module) => module.getCommuneScores),
  ),
  /** The province's Q1, median and Q3 of the total and each group, per month. */
  provinceQuartiles: defineQuestion(
    'province-quartiles',
    answer((module) => module.getProvinceQuartiles),
  ),
  /** One unit's dossiers and petitions per month. */
  communeActivity: defineQuestion(
    'commune-activity',
    answer((module) => module.getCommuneActivity),
  ),
  /** One unit's sub-indicators for one period and snapshot, with each group's score. */
  communeMetrics: defineQuestion(
    'commune-metrics',
    answer((module) => module.getCommuneMetrics),
  ),
  /** Size peers and former-district peers of one unit, with latest ranks. */
  communePeers: defineQuestion(
    'commune-peers',
    answer((module) => module.getPeers),
  ),
  /** The months with dossier reports, oldest first. */
  dossierMonths: defineQuestion(
    'dossier-months',
    answer((module) => module.getDossierMonths),
  ),
  /** Every filtered unit's dossier buckets for one month. */
  dossierUnits: defineQuestion(
    'dossier-units',
    answer((module) => module.getDossierUnits),
    { keepPrevious: true },
  ),
  /** Monthly dossier sums: the filtered province, or one unit's history. */
  dossierTrend: defineQuestion(
    'dossier-trend',
    answer((module) => module.getDossierTrend),
    { keepPrevious: true },
  ),
  /** Every unit-month whose dossier report does not balance, whatever the filters. */
  dossierImbalances: defineQuestion(
    'dossier-imbalances',
    answer((module) => module.getDossierImbalances),
  ),
  /** The months with voters' petitions, oldest first. */
  petitionMonths: defineQuestion(
    'petition-months',
    answer((module) => module.getPetitionMonths),
  ),
  /** Every filtered unit's petitions over a period. */
  petitionUnits: defineQuestion(
    'petition-units',
    answer((module) => module.getPetitionUnits),
    { keepPrevious: true },
  ),
  /** Monthly petition sums over the filtered units (the province when unfiltered). */
  petitionTrend: defineQuestion(
    'petition-trend',
    answer((module) => module.getPetitionTrend),
    { keepPrevious: true },
  ),
} as const;
