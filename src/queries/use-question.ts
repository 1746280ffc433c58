import {
  keepPreviousData,
  queryOptions,
  skipToken,
  useQuery,
  type UseQueryResult,
} from '@tanstack/react-query';
import { questionKey, type Question } from '../db/question.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { useLoadedData } from './use-loaded-data.ts';

/** The key version while the database is still loading (the query is skipped meanwhile). */
const PENDING_VERSION = 'pending';

/** Params of a question, or nothing at all for a question that takes none. */
type ParamsArgs<P> = [P] extends [undefined] ? [] : [params: P | null];

/**
 * React Query options for one question: the key is derived from the declaration, and the query
 * is skipped until the database is loaded and while params are null (not known yet).
 */
export function questionOptions<P, R>(
  data: LoadedData | undefined,
  question: Question<P, R>,
  params: P | null,
) {
  return queryOptions({
    queryKey: questionKey(data?.version ?? PENDING_VERSION, question, params),
    queryFn: data === undefined || params === null ? skipToken : asker(question, data, params),
    placeholderData: question.keepPrevious ? keepPreviousData : undefined,
  });
}

/**
 * The query function. `data.db` is not part of the key on purpose: the key's version identifies
 * the loaded database (a new upload gives a new version), so the client itself need not be hashed.
 */
function asker<P, R>(question: Question<P, R>, data: LoadedData, params: P): () => Promise<R> {
  return () => question.run(data.db, params);
}

/** Asks a question of the loaded database: `useQuestion(QUESTIONS.ranking, params)`. */
export function useQuestion<P, R>(
  question: Question<P, R>,
  ...args: ParamsArgs<P>
): UseQueryResult<R> {
  const params = (args.length === 0 ? undefined : args[0]) as P | null;
  return useQuery(questionOptions(useLoadedData().data, question, params));
}
