/**
 * Build-time answers: loads the published data (public/data/, written by prepare-data.ts) into
 * the Node build of the same DuckDB-wasm engine through the same loader as the page, asks every
 * page's default questions through the same declarations (`src/app/precompute-plan.ts`), and
 * writes each page's answers under the keys the page derives to public/data/answers/<page>.json.
 * The page shows them before its own engine is ready and checks them once it is.
 *
 *   npx tsx scripts/precompute-answers.ts        (part of `npm run data:prepare`)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { askPage, type Ask } from '../src/app/precompute-plan.ts';
import { questionKey } from '../src/db/question.ts';
import { loadPublishedData } from '../src/ingest/load-published.ts';
import { precomputedFile, type PrecomputedAnswer } from '../src/ingest/precomputed-answers.ts';
import { VIEW_IDS } from '../src/state/route.ts';
import { createNodeDb } from '../test/helpers/node-db.ts';

const root = path.resolve(import.meta.dirname, '..');
const publicData = path.join(root, 'public', 'data');

/** An answer must survive JSON unchanged: finite numbers, strings, booleans, null, lists, records. */
function assertJsonSafe(value: unknown, where: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: ${value} does not survive JSON`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      if (item === undefined) throw new Error(`${where}[${index}]: undefined in a list`);
      assertJsonSafe(item, `${where}[${index}]`);
    });
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [name, item] of Object.entries(value)) {
      // An absent field reads as undefined too: the page cannot tell them apart.
      if (item !== undefined) assertJsonSafe(item, `${where}.${name}`);
    }
    return;
  }
  throw new Error(`${where}: a ${typeof value} does not survive JSON`);
}

const started = performance.now();
const data = await loadPublishedData(createNodeDb(), (file) =>
  Promise.resolve(readFileSync(path.join(publicData, file), 'utf8')),
);
rmSync(path.join(publicData, 'answers'), { recursive: true, force: true });
mkdirSync(path.join(publicData, 'answers'), { recursive: true });
let total = 0;
for (const page of VIEW_IDS) {
  const files = {
    first: new Map<string, PrecomputedAnswer>(),
    next: new Map<string, PrecomputedAnswer>(),
  };
  const ask: Ask = async (question, params, tier) => {
    const answer = await question.run(data.db, params);
    const key = questionKey(data.version, question, params);
    const id = JSON.stringify(key);
    assertJsonSafe(answer, `${page}: ${id}`);
    if (tier === 'next') {
      if (!files.first.has(id)) files.next.set(id, { key, answer });
    } else {
      files.next.delete(id);
      files.first.set(id, { key, answer });
    }
    return answer;
  };
  await askPage(page, ask);
  for (const [name, answers] of [
    [page, files.first],
    [`${page}-next`, files.next],
  ] as const) {
    if (answers.size === 0) continue;
    const next = name === page && files.next.size > 0;
    const text = JSON.stringify({ manifest: data.published, answers: [...answers.values()], next });
    writeFileSync(path.join(publicData, precomputedFile(name)), text);
    total += text.length;
    console.log(
      `answers/${name}.json: ${answers.size} answers, ${(text.length / 1024).toFixed(0)} kB`,
    );
  }
}
console.log(
  `precompute-answers: ${(total / 1024).toFixed(0)} kB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
