import type { DbClient } from '../../src/db/db-client.ts';
import type { CaseResult, Fingerprint, SentQuery } from './national-cases.ts';

/** What the bench page reports (as JSON in its `#result` element) once it is done. */
export interface NationalPageResult {
  readonly userAgent: string;
  readonly generation: {
    readonly ms: number;
    readonly units: number;
    readonly rows: number;
    /** Bytes of the index-scores file the loader was given. */
    readonly bytes: number;
    /** Hash of the index-scores text (`createTextHash`): Node checks it generated the same. */
    readonly hash: string;
  };
  /** Navigation to engine ready is not included: from `openBrowserDb()` to its client. */
  readonly engineMs: number;
  /** Every load, the first (cold) one included, ms. */
  readonly loads: readonly number[];
  readonly rowsLoaded: number;
  readonly cases: readonly CaseResult[];
  /** `EXPLAIN ANALYZE` of each case's statements, when asked (`?profile=1`). */
  readonly plans: readonly CasePlans[];
}

export interface CasePlans {
  readonly id: string;
  readonly plans: readonly string[];
}

/**
 * `EXPLAIN ANALYZE` of every statement a case sends, with its values bound: the engine's own
 * timing per operator, to tell which part of a question is slow.
 */
export async function explainCases(
  db: DbClient,
  cases: readonly CaseResult[],
): Promise<CasePlans[]> {
  const explained: CasePlans[] = [];
  for (const { id, queries } of cases) {
    const plans: string[] = [];
    for (const { sql, params } of queries) plans.push(await explainOne(db, { sql, params }));
    explained.push({ id, plans });
  }
  return explained;
}

async function explainOne(db: DbClient, { sql, params }: SentQuery): Promise<string> {
  const rows = await db.query(`EXPLAIN ANALYZE ${sql}`, params);
  return rows
    .map((row) => (typeof row.explain_value === 'string' ? row.explain_value : JSON.stringify(row)))
    .join('\n');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number');

function fail(what: string): never {
  throw new Error(`bench page result: bad ${what}`);
}

function readFingerprint(value: unknown): Fingerprint {
  if (!isRecord(value)) return fail('fingerprint');
  const { rows, sample, hash } = value;
  if (typeof rows !== 'number' || typeof sample !== 'string' || typeof hash !== 'string') {
    return fail('fingerprint');
  }
  return { rows, sample, hash };
}

function readCase(value: unknown): CaseResult {
  if (!isRecord(value)) return fail('case');
  const { id, label, samples, dbSamples, statementSamples, queries, fingerprint } = value;
  if (typeof id !== 'string' || typeof label !== 'string') return fail('case id');
  if (!isNumbers(samples) || !isNumbers(dbSamples)) return fail(`samples of ${id}`);
  if (!Array.isArray(statementSamples) || !statementSamples.every(isNumbers)) {
    return fail(`statement samples of ${id}`);
  }
  if (!Array.isArray(queries)) return fail(`queries of ${id}`);
  const sent = queries.map((query): SentQuery => {
    if (!isRecord(query) || typeof query.sql !== 'string' || !Array.isArray(query.params)) {
      return fail(`query of ${id}`);
    }
    const params = query.params.map((param: unknown) =>
      param === null || ['string', 'number', 'boolean'].includes(typeof param)
        ? (param as string | number | boolean | null)
        : fail(`param of ${id}`),
    );
    return { sql: query.sql, params };
  });
  return {
    id,
    label,
    samples,
    dbSamples,
    statementSamples,
    queries: sent,
    fingerprint: readFingerprint(fingerprint),
  };
}

/** Reads the page's JSON back, checking its shape (it crossed a process boundary). */
export function readPageResult(value: unknown): NationalPageResult {
  if (!isRecord(value)) return fail('result');
  const { userAgent, generation, engineMs, loads, rowsLoaded, cases, plans } = value;
  if (typeof userAgent !== 'string' || typeof engineMs !== 'number') return fail('header');
  if (typeof rowsLoaded !== 'number' || !isNumbers(loads)) return fail('loads');
  if (!isRecord(generation)) return fail('generation');
  const { ms, units, rows, bytes, hash } = generation;
  if (
    typeof ms !== 'number' ||
    typeof units !== 'number' ||
    typeof rows !== 'number' ||
    typeof bytes !== 'number' ||
    typeof hash !== 'string'
  ) {
    return fail('generation');
  }
  if (!Array.isArray(cases) || !Array.isArray(plans)) return fail('cases');
  return {
    userAgent,
    generation: { ms, units, rows, bytes, hash },
    engineMs,
    loads,
    rowsLoaded,
    cases: cases.map(readCase),
    plans: plans.map((entry: unknown): CasePlans => {
      if (!isRecord(entry) || typeof entry.id !== 'string' || !Array.isArray(entry.plans)) {
        return fail('plans');
      }
      return { id: entry.id, plans: entry.plans.map(String) };
    }),
  };
}
