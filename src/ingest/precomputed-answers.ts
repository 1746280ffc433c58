import { parseManifest, type Manifest } from '../data/manifest.ts';

/**
 * Answers computed at build time (`scripts/precompute-answers.ts`) by the same question code on
 * the Node engine, for the default state of one page and its cheap next steps: the page shows
 * them before DuckDB-wasm has started. Each answer sits under the very key the browser derives
 * (`questionKey`), and the page checks them against its own engine once it is ready.
 */
export interface PrecomputedAnswers {
  /** The published data they were computed from: its version is the first element of each key. */
  readonly manifest: Manifest;
  readonly answers: readonly PrecomputedAnswer[];
  /** The page has a second file of next steps' answers (`<page>-next.json`). */
  readonly next: boolean;
}

export interface PrecomputedAnswer {
  /** `[version, question name]` or `[version, question name, params]`. */
  readonly key: readonly unknown[];
  /** The question's answer as JSON; typed by the question that asks under this key. */
  readonly answer: unknown;
}

/** Where a page's answers are published, relative to `data/`. */
export const precomputedFile = (page: string): string => `answers/${page}.json`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates a fetched answers file; throws with what is wrong. */
export function parsePrecomputedAnswers(value: unknown): PrecomputedAnswers {
  if (!isRecord(value)) throw new Error('answers: not an object');
  const manifest = parseManifest(value.manifest);
  if (!Array.isArray(value.answers)) throw new Error('answers: answers is not a list');
  const answers = value.answers.map((entry: unknown, index): PrecomputedAnswer => {
    if (!isRecord(entry)) throw new Error(`answers: entry ${index} is not an object`);
    const { key, answer } = entry;
    if (!Array.isArray(key) || key.length < 2 || key.length > 3) {
      throw new Error(`answers: entry ${index} has a bad key`);
    }
    if (key[0] !== manifest.version)
      throw new Error(`answers: entry ${index} is of another version`);
    if (typeof key[1] !== 'string') throw new Error(`answers: entry ${index} names no question`);
    if (answer === undefined) throw new Error(`answers: entry ${index} has no answer`);
    return { key, answer };
  });
  if (value.next !== undefined && typeof value.next !== 'boolean') {
    throw new Error('answers: next is not a boolean');
  }
  return { manifest, answers, next: value.next === true };
}
