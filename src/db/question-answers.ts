/**
 * What answers each question in `question-registry.ts`: one module per question in `queries/`,
 * gathered here so that they load as one chunk, when the engine starts.
 */
export { getCommuneActivity } from './queries/get-commune-activity.ts';
export { getCommuneMetrics } from './queries/get-commune-metrics.ts';
export { getCommuneScores } from './queries/get-commune-scores.ts';
export { getDossierImbalances } from './queries/get-dossier-imbalances.ts';
export { getDossierMonths } from './queries/get-dossier-months.ts';
export { getDossierTrend } from './queries/get-dossier-trend.ts';
export { getDossierUnits } from './queries/get-dossier-units.ts';
export { getFormerDistricts } from './queries/get-former-districts.ts';
export { getPeers } from './queries/get-peers.ts';
export { getPeriods } from './queries/get-periods.ts';
export { getPetitionMonths } from './queries/get-petition-months.ts';
export { getPetitionTrend } from './queries/get-petition-trend.ts';
export { getPetitionUnits } from './queries/get-petition-units.ts';
export { getProvinceQuartiles } from './queries/get-province-quartiles.ts';
export { getRankChange } from './queries/get-rank-change.ts';
export { getRanking } from './queries/get-ranking.ts';
export { getScoreHistory } from './queries/get-score-history.ts';
export { getSubIndicators } from './queries/get-sub-indicators.ts';
export { getUnitSummary } from './queries/get-unit-summary.ts';
export { getUnits } from './queries/get-units.ts';
