import type { RankingParams } from '../db/queries/get-ranking.ts';

/** Every key starts with the dataset version, then the question, then all its params. */
export const queryKeys = {
  database: () => ['database'] as const,
  periods: (version: string) => [version, 'periods'] as const,
  ranking: (version: string, params: RankingParams) =>
    [version, 'ranking', params.period, params.metric] as const,
};
