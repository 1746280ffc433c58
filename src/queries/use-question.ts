import {
  keepPreviousData,
  queryOptions,
  skipToken,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { questionKey, type Question } from '../db/question.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { useDataSource } from './data-source.ts';
import { useDataVersion } from './data-version.ts';
import { loadedDataOptions } from './use-loaded-data.ts';

/** The key version while no version is known (the query is skipped meanwhile). */
const PENDING_VERSION = 'pending';

/** Params of a question, or nothing at all for a question that takes none. */
type ParamsArgs<P> = [P] extends [undefined] ? [] : [params: P | null];

/** Resolves with the loaded database once DuckDB has it (at once when it already has). */
export type EngineWait = () => Promise<LoadedData>;

/** The engine loaded other figures than the key's version: the key is no longer asked. */
export class SupersededVersionError extends Error {
  constructor(asked: string, loaded: string) {
    super(`figures of version ${asked} asked, version ${loaded} loaded`);
    this.name = 'SupersededVersionError';
  }
}

/**
 * React Query options for one question: the key is derived from the declaration and the version
 * of the figures shown. An answer already in the cache under that key (the build's, hydrated
 * by `use-preview.ts`) is shown at once; otherwise the query waits for the engine, and fails
 * with the engine's error when it cannot start (offline, say), instead of waiting forever.
 * Skipped while no version is known and while params are null (not known yet).
 */
export function questionOptions<P, R>(
  version: string | null,
  engine: EngineWait,
  question: Question<P, R>,
  params: P | null,
) {
  return queryOptions({
    queryKey: questionKey(version ?? PENDING_VERSION, question, params),
    queryFn:
      version === null || params === null ? skipToken : asker(version, engine, question, params),
    placeholderData: question.keepPrevious ? keepPreviousData : undefined,
  });
}

/**
 * The query function. The client is not part of the key on purpose: the key's version
 * identifies the loaded figures (a new upload gives a new version), so it need not be hashed.
 */
function asker<P, R>(
  version: string,
  engine: EngineWait,
  question: Question<P, R>,
  params: P,
): () => Promise<R> {
  return async () => {
    const data = await engine();
    if (data.version !== version) throw new SupersededVersionError(version, data.version);
    return question.run(data.db, params);
  };
}

/** Asks a question of the figures shown: `useQuestion(QUESTIONS.ranking, params)`. */
export function useQuestion<P, R>(
  question: Question<P, R>,
  ...args: ParamsArgs<P>
): UseQueryResult<R> {
  const params = (args.length === 0 ? undefined : args[0]) as P | null;
  const client = useQueryClient();
  const source = useDataSource();
  const engine = useCallback(() => client.query(loadedDataOptions(source)), [client, source]);
  return useQuery(questionOptions(useDataVersion(), engine, question, params));
}
