import type { DbClient } from './db-client.ts';

/**
 * One question the dashboard asks the database, declared once in `question-registry.ts`: its
 * name, its params type (inferred from its answering function; `undefined` for a question without
 * params), the function in `db/queries/` that answers it (loaded when first asked), and how a
 * view waits for a new answer. The React hook and any build-time runner both use this
 * declaration, so they derive the same key.
 */
export interface Question<P, R> {
  readonly name: string;
  readonly run: (db: DbClient, params: P) => Promise<R>;
  /** While a new answer loads (another month, a filter), keep showing the previous one. */
  readonly keepPrevious: boolean;
}

export interface QuestionOptions {
  readonly keepPrevious?: boolean;
}

type Answer<P, R> = (db: DbClient, params: P) => Promise<R>;

/**
 * `load` fetches the function that answers (once, on the first `run`; a failed fetch is tried
 * again on the next). `P` defaults to `undefined` when that function takes no params: such
 * questions are asked without any.
 */
export function defineQuestion<P = undefined, R = unknown>(
  name: string,
  load: () => Promise<Answer<P, R>>,
  options: QuestionOptions = {},
): Question<P, R> {
  let answer: Answer<P, R> | null = null;
  const run = async (db: DbClient, params: P): Promise<R> => {
    answer ??= await load();
    return answer(db, params);
  };
  return { name, run, keepPrevious: options.keepPrevious ?? false };
}

export type ParamsOf<Q> = Q extends Question<infer P, unknown> ? P : never;
export type AnswerOf<Q> = Q extends Question<never, infer R> ? R : never;

/**
 * The cache key of one answer, derived, never listed by hand: the dataset version (a new upload
 * changes it, so nothing stale survives), the question's name, and its whole params value (so a
 * new field in a params type is part of the key without anyone remembering to add it). Params
 * must be plain JSON-like values: keys are hashed structurally. Null params (not known yet) get
 * a key of their own, under which the query is skipped.
 */
export function questionKey<P>(
  version: string,
  question: Question<P, unknown>,
  params: P | null,
): readonly unknown[] {
  return params === undefined ? [version, question.name] : [version, question.name, params];
}
