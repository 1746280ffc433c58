/**
 * What views may ask (`QUESTIONS`, answered through `useQuestion`) and the shapes of the answers.
 * Views never import `db/`: this file is their one window onto it.
 */
export { QUESTIONS } from '../db/question-registry.ts';
export type { CommuneActivityRow } from '../db/queries/get-commune-activity.ts';
export type { CommuneScoreRow } from '../db/queries/get-commune-scores.ts';
export type { DossierImbalanceRow } from '../db/queries/get-dossier-imbalances.ts';
export type { DossierTrendRow } from '../db/queries/get-dossier-trend.ts';
export type { DossierCounts, DossierUnitRow } from '../db/queries/get-dossier-units.ts';
export { SIZE_PEER_COUNT } from '../db/queries/size-peer-count.ts';
export type { DistrictPeer, Peers, PeerUnit, SizePeer } from '../db/queries/get-peers.ts';
export type { PetitionTrendRow } from '../db/queries/get-petition-trend.ts';
export type {
  PetitionCounts,
  PetitionPeriod,
  PetitionUnitRow,
  PetitionUnitsParams,
} from '../db/queries/get-petition-units.ts';
export type {
  ProvinceQuartilesRow,
  QuartileMetric,
  Quartiles,
} from '../db/queries/get-province-quartiles.ts';
export type { GroupChange, RankChange } from '../db/queries/get-rank-change.ts';
export type { Ranking, RankingRow, RankingSubIndicator } from '../db/queries/get-ranking.ts';
export type { ScoreHistory, ScoreHistoryCell } from '../db/queries/get-score-history.ts';
export type { SubIndicator } from '../db/queries/get-sub-indicators.ts';
export type { UnitSummary } from '../db/queries/get-unit-summary.ts';
export type { UnitRow } from '../db/queries/get-units.ts';
export type { UnitFilter } from '../db/queries/unit-filter.ts';
