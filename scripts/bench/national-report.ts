import { stat, type CaseResult, type Stat } from './national-cases.ts';
import type { CasePlans } from './national-page-result.ts';

export const TARGET_MS = 150;
export const TARGET_RATIO = 3;

export interface StatementFigures {
  /** The statement's opening words, to tell them apart. */
  readonly sql: string;
  readonly wasm: Stat;
  readonly native: Stat;
}

export interface QueryFigures {
  readonly id: string;
  readonly label: string;
  /** The whole question: SQL, row reading, sorting. */
  readonly wasm: Stat;
  readonly native: Stat;
  /** wasm median / native median. */
  readonly ratio: number;
  readonly withinTime: boolean;
  readonly withinRatio: boolean;
  /** Both engines gave the very same answer (the hash of its JSON and its row count). */
  readonly sameAnswer: boolean;
  readonly rows: number;
  /** A few values of each engine's answer (what differs, when they do). */
  readonly answers: { readonly wasm: string; readonly native: string };
  /** Time waiting for the engine, per statement (wasm: worker round trips included). */
  readonly statements: readonly StatementFigures[];
  readonly wasmSamples: readonly number[];
  readonly nativeSamples: readonly number[];
}

const opening = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 60);

/** One question on both engines: medians, ratio, targets, and whether the answers agree. */
export function compareCase(wasm: CaseResult, native: CaseResult | undefined): QueryFigures {
  if (native === undefined) throw new Error(`the native side has no ${wasm.id}`);
  const w = stat(wasm.samples);
  const n = stat(native.samples);
  const ratio = w.median / n.median;
  const sameAnswer =
    wasm.fingerprint.hash === native.fingerprint.hash &&
    wasm.fingerprint.rows === native.fingerprint.rows;
  return {
    id: wasm.id,
    label: wasm.label,
    wasm: w,
    native: n,
    ratio,
    withinTime: w.median <= TARGET_MS,
    withinRatio: ratio <= TARGET_RATIO,
    sameAnswer,
    rows: wasm.fingerprint.rows,
    answers: { wasm: wasm.fingerprint.sample, native: native.fingerprint.sample },
    statements: wasm.queries.map((query, index) => ({
      sql: opening(query.sql),
      wasm: stat(wasm.statementSamples[index] ?? []),
      native: stat(native.statementSamples[index] ?? []),
    })),
    wasmSamples: wasm.samples,
    nativeSamples: native.samples,
  };
}

export const ms = (value: number) => value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0);
export const range = (value: Stat) => `${ms(value.median)} (${ms(value.min)}–${ms(value.max)})`;
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');

/** The table: per question, both engines' medians (min–max), the ratio and the targets. */
export function printQueryTable(queries: readonly QueryFigures[], runs: number): void {
  const head = [
    'query'.padEnd(46),
    'wasm ms (min–max)'.padEnd(21),
    'native ms (min–max)'.padEnd(21),
    'wasm/nat'.padStart(8),
    ` ≤${String(TARGET_MS)} ms`,
    ` ≤${String(TARGET_RATIO)}×`,
    ' same answer',
  ];
  console.log(`\n${head.join(' ')}`);
  for (const query of queries) {
    const cells = [
      query.label.padEnd(46),
      range(query.wasm).padEnd(21),
      range(query.native).padEnd(21),
      `${query.ratio.toFixed(2)}×`.padStart(8),
      `  ${yes(query.withinTime)}`.padEnd(8),
      `  ${yes(query.withinRatio)}`.padEnd(4),
      `  ${query.sameAnswer ? `yes (${String(query.rows)} rows)` : 'NO'}`,
    ];
    console.log(cells.join(' '));
  }
  for (const query of queries.filter((entry) => !entry.sameAnswer)) {
    console.log(
      `${query.id}: wasm ${query.answers.wasm}\n${query.id}: native ${query.answers.native}`,
    );
  }
  console.log(
    `Medians of ${String(runs)} runs after one warm-up. Engine time per statement, wasm / native:`,
  );
  for (const query of queries) {
    for (const statement of query.statements) {
      console.log(
        `  ${query.id.padEnd(18)} ${ms(statement.wasm.median).padStart(6)} / ${ms(statement.native.median).padStart(6)} ms  ${statement.sql}…`,
      );
    }
  }
}

/** Both engines' `EXPLAIN ANALYZE` of every statement, case by case. */
export function plansText(wasm: readonly CasePlans[], native: readonly CasePlans[]): string {
  const sections = wasm.flatMap((entry) => {
    const other = native.find((candidate) => candidate.id === entry.id)?.plans ?? [];
    return [
      `#### ${entry.id}: duckdb-wasm (Chromium)\n\n${entry.plans.join('\n\n')}`,
      `#### ${entry.id}: native\n\n${other.join('\n\n')}`,
    ];
  });
  return `${sections.join('\n\n')}\n`;
}
