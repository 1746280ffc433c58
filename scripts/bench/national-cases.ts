import type { DbClient, SqlValue } from '../../src/db/db-client.ts';
import { QUESTIONS } from '../../src/db/question-registry.ts';
import { createTextHash, NATIONAL_DAYS, nationalDay, nationalUnitCode } from './national-data.ts';

/**
 * The questions the national-scale bench times, answered by the app's own question functions
 * (`QUESTIONS.x.run`) on whichever `DbClient` they are given: duckdb-wasm in the bench page,
 * native DuckDB in Node. Runs in both places, so it imports nothing of either.
 */
export interface Stat {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function stat(samples: readonly number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
}

/** What an answer was, to check both engines answered the same: size, a few values, a hash. */
export interface Fingerprint {
  readonly rows: number;
  readonly sample: string;
  /** FNV-1a of the whole answer's JSON. */
  readonly hash: string;
}

/** One SQL statement a question sent, with its bound values. */
export interface SentQuery {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

export interface CaseResult {
  readonly id: string;
  readonly label: string;
  /** Whole question (SQL, row reading, sorting), ms, one per timed run. */
  readonly samples: readonly number[];
  /** Time spent awaiting `db.query` within each run, ms. */
  readonly dbSamples: readonly number[];
  /** Per statement (in the order sent), its time in each run, ms. */
  readonly statementSamples: readonly (readonly number[])[];
  /** The statements one run sends, in order. */
  readonly queries: readonly SentQuery[];
  readonly fingerprint: Fingerprint;
}

export interface BenchCase {
  readonly id: string;
  readonly label: string;
  /** One warm-up run (whose answer is fingerprinted), then `runs` timed runs. */
  measure(db: DbClient, runs: number): Promise<CaseResult>;
}

/** A client that records what it is asked and how long it waits for the engine. */
function recordingClient(db: DbClient) {
  let sent: SentQuery[] = [];
  let times: number[] = [];
  const client: DbClient = {
    query: async (sql, params = []) => {
      sent.push({ sql, params });
      const started = performance.now();
      try {
        return await db.query(sql, params);
      } finally {
        times.push(performance.now() - started);
      }
    },
  };
  return {
    client,
    /** Starts a new run: returns the previous run's statements and their times. */
    take() {
      const taken = { sent, times };
      sent = [];
      times = [];
      return taken;
    },
  };
}

function hashOf(value: unknown): string {
  const hash = createTextHash();
  hash.update(JSON.stringify(value));
  return hash.digest();
}

function defineCase<R>(
  id: string,
  label: string,
  run: (db: DbClient) => Promise<R>,
  summarise: (answer: R) => { readonly rows: number; readonly sample: unknown },
): BenchCase {
  return {
    id,
    label,
    async measure(db, runs) {
      const recorder = recordingClient(db);
      const answer = await run(recorder.client);
      const { sent } = recorder.take();
      const samples: number[] = [];
      const dbSamples: number[] = [];
      const statementSamples: number[][] = sent.map(() => []);
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await run(recorder.client);
        samples.push(performance.now() - started);
        const { times } = recorder.take();
        dbSamples.push(times.reduce((sum, time) => sum + time, 0));
        for (const [index, time] of times.entries()) statementSamples[index]?.push(time);
      }
      const { rows, sample } = summarise(answer);
      const fingerprint = { rows, sample: JSON.stringify(sample), hash: hashOf(answer) };
      return { id, label, samples, dbSamples, statementSamples, queries: sent, fingerprint };
    },
  };
}

export const LAST_DAY = nationalDay(NATIONAL_DAYS - 1);
export const LAST_MONTH = LAST_DAY.slice(0, 7);
export const PLAIN_MONTH = '2025-06';
/** The unit whose change and trend are asked (a code with a leading zero). */
export const BENCH_UNIT = nationalUnitCode(1234);

const rankingCase = (id: string, label: string, period: string) =>
  defineCase(
    id,
    label,
    (db) => QUESTIONS.ranking.run(db, { period, metric: 'total' }),
    (ranking) => ({
      rows: ranking.rows.length,
      sample: {
        ranked: ranking.rankedCount,
        previous: ranking.previousPeriod,
        snapshot: ranking.snapshotDate,
        top: ranking.rows.slice(0, 3).map((row) => [row.code, row.rank, row.total, row.rankChange]),
      },
    }),
  );

const rankChangeCase = (id: string, label: string, period: string) =>
  defineCase(
    id,
    label,
    (db) => QUESTIONS.rankChange.run(db, { period, code: BENCH_UNIT }),
    (change) => ({
      rows: change === null ? 0 : change.groups.length,
      sample:
        change === null
          ? null
          : [
              change.rank,
              change.previousRank,
              change.totalChange,
              change.overtook,
              change.fellBehind,
            ],
    }),
  );

export const NATIONAL_CASES: readonly BenchCase[] = [
  rankingCase('ranking-last', `ranking ${LAST_MONTH} (latest snapshot ${LAST_DAY})`, LAST_MONTH),
  rankingCase('ranking-month', `ranking ${PLAIN_MONTH} (a plain month)`, PLAIN_MONTH),
  rankingCase(
    'ranking-snapshot',
    `ranking ${LAST_MONTH}@${LAST_DAY} (day over day)`,
    `${LAST_MONTH}@${LAST_DAY}`,
  ),
  rankChangeCase('rank-change-last', `why the rank changed ${LAST_MONTH}`, LAST_MONTH),
  rankChangeCase('rank-change-month', `why the rank changed ${PLAIN_MONTH}`, PLAIN_MONTH),
  defineCase(
    'trend',
    'trend: one unit month by month',
    (db) => QUESTIONS.communeScores.run(db, BENCH_UNIT),
    (rows) => ({
      rows: rows.length,
      sample: rows.slice(-2).map((row) => [row.period, row.snapshotDate, row.rank, row.total]),
    }),
  ),
  defineCase(
    'score-history',
    'score history: every unit month by month',
    (db) => QUESTIONS.scoreHistory.run(db, { metric: 'total' }),
    (history) => ({
      rows: history.cells.length,
      sample: { periods: history.periods.length, first: history.cells[0] ?? null },
    }),
  ),
];

/** Every case, one after another, on one client. */
export async function measureCases(db: DbClient, runs: number): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const benchCase of NATIONAL_CASES) results.push(await benchCase.measure(db, runs));
  return results;
}
