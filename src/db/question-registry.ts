import { getCommuneActivity } from './queries/get-commune-activity.ts';
import { getCommuneMetrics } from './queries/get-commune-metrics.ts';
import { getCommuneScores } from './queries/get-commune-scores.ts';
import { getDossierImbalances } from './queries/get-dossier-imbalances.ts';
import { getDossierMonths } from './queries/get-dossier-months.ts';
import { getDossierTrend } from './queries/get-dossier-trend.ts';
import { getDossierUnits } from './queries/get-dossier-units.ts';
import { getFormerDistricts } from './queries/get-former-districts.ts';
import { getPeers } from './queries/get-peers.ts';
import { getPeriods } from './queries/get-periods.ts';
import { getPetitionMonths } from './queries/get-petition-months.ts';
import { getPetitionTrend } from './queries/get-petition-trend.ts';
import { getPetitionUnits } from './queries/get-petition-units.ts';
import { getProvinceQuartiles } from './queries/get-province-quartiles.ts';
import { getRankChange } from './queries/get-rank-change.ts';
import { getRanking } from './queries/get-ranking.ts';
import { getScoreHistory } from './queries/get-score-history.ts';
import { getSubIndicators } from './queries/get-sub-indicators.ts';
import { getUnitSummary } from './queries/get-unit-summary.ts';
import { getUnits } from './queries/get-units.ts';
import { defineQuestion } from './question.ts';

/**
 * Every question the views ask, declared once. Views ask them with `useQuestion(QUESTIONS.x,
 * params)`; a build-time runner answers the same declarations on the Node engine, under the same
 * keys. `keepPrevious`: the answer changes with a control (month, filter, metric), and the old
 * one stays on screen until the new one arrives. Questions about one unit never keep the
 * previous answer: one unit's figures must never show under another's name.
 */
export const QUESTIONS = {
  /** Every unit with its reference facts, by Vietnamese name. */
  units: defineQuestion('units', getUnits),
  /** The provinces and the number of the loaded units: what titles and summaries say. */
  unitSummary: defineQuestion('unit-summary', getUnitSummary),
  /** The former districts units come from (every page's district filter). */
  formerDistricts: defineQuestion('former-districts', getFormerDistricts),
  /** The points with scores (periods, and snapshots of a period taken on several days). */
  periods: defineQuestion('periods', getPeriods),
  /** The sub-indicators the data holds, worth points: what a ranking can rank by. */
  subIndicators: defineQuestion('sub-indicators', getSubIndicators),
  /** Every unit ranked for one month and metric, with the change since the month before. */
  ranking: defineQuestion('ranking', getRanking, { keepPrevious: true }),
  /** Why one unit's total rank changed since the previous month. */
  rankChange: defineQuestion('rank-change', getRankChange, { keepPrevious: true }),
  /** Every unit's score and rank on one metric, month by month. */
  scoreHistory: defineQuestion('score-history', getScoreHistory, { keepPrevious: true }),
  /** One unit's total, groups and rank for every month. */
  communeScores: defineQuestion('commune-scores', getCommuneScores),
  /** The province's Q1, median and Q3 of the total and each group, per month. */
  provinceQuartiles: defineQuestion('province-quartiles', getProvinceQuartiles),
  /** One unit's dossiers and petitions per month. */
  communeActivity: defineQuestion('commune-activity', getCommuneActivity),
  /** One unit's sub-indicators for one period and snapshot, with each group's score. */
  communeMetrics: defineQuestion('commune-metrics', getCommuneMetrics),
  /** Size peers and former-district peers of one unit, with latest ranks. */
  communePeers: defineQuestion('commune-peers', getPeers),
  /** The months with dossier reports, oldest first. */
  dossierMonths: defineQuestion('dossier-months', getDossierMonths),
  /** Every filtered unit's dossier buckets for one month. */
  dossierUnits: defineQuestion('dossier-units', getDossierUnits, { keepPrevious: true }),
  /** Monthly dossier sums: the filtered province, or one unit's history. */
  dossierTrend: defineQuestion('dossier-trend', getDossierTrend, { keepPrevious: true }),
  /** Every unit-month whose dossier report does not balance, whatever the filters. */
  dossierImbalances: defineQuestion('dossier-imbalances', getDossierImbalances),
  /** The months with voters' petitions, oldest first. */
  petitionMonths: defineQuestion('petition-months', getPetitionMonths),
  /** Every filtered unit's petitions over a period. */
  petitionUnits: defineQuestion('petition-units', getPetitionUnits, { keepPrevious: true }),
  /** Monthly petition sums over the filtered units (the province when unfiltered). */
  petitionTrend: defineQuestion('petition-trend', getPetitionTrend, { keepPrevious: true }),
} as const;
