import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import { QUESTIONS } from '../db/question-registry.ts';
import { questionKey, type ParamsOf } from '../db/question.ts';
import { NO_UNIT_FILTER } from '../db/queries/unit-filter.ts';
import { loadPublishedData } from '../ingest/load-published.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { questionOptions } from './use-question.ts';

type QuestionName = keyof typeof QUESTIONS;

/** One realistic params value per question: a new question does not compile until it has one. */
const EXAMPLES: { readonly [K in QuestionName]: ParamsOf<(typeof QUESTIONS)[K]> } = {
  units: undefined,
  unitSummary: undefined,
  formerDistricts: undefined,
  periods: undefined,
  subIndicators: undefined,
  ranking: { period: '2026-10', metric: 'total' },
  rankChange: { period: '2026-10', code: '20364' },
  scoreHistory: { metric: 'tdgq' },
  communeScores: '20364',
  provinceQuartiles: undefined,
  communeActivity: '20364',
  communeMetrics: { code: '20364', periodType: 'month', period: '2026-10', snapshot: null },
  communePeers: '20364',
  dossierMonths: undefined,
  dossierUnits: { month: '2026-10', filter: NO_UNIT_FILTER },
  dossierTrend: { filter: { type: 'xa', district: null }, code: null },
  dossierImbalances: undefined,
  petitionMonths: undefined,
  petitionUnits: { from: '2026-01', to: '2026-10', filter: NO_UNIT_FILTER },
  petitionTrend: { from: '2026-01', to: '2026-10', filter: NO_UNIT_FILTER },
};

const publicFile = (name: string) =>
  readFile(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');

let data: LoadedData;
const engine = () => Promise.resolve(data);

beforeAll(async () => {
  data = await loadPublishedData(createNodeDb(), publicFile);
});

const names = Object.keys(QUESTIONS) as QuestionName[];

describe('the question registry', () => {
  it('gives every question its own name', () => {
    const declared = names.map((name) => QUESTIONS[name].name);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it.each(names)('%s: the hook and a build-time runner derive the same key', (name) => {
    const question = QUESTIONS[name];
    const params = EXAMPLES[name];
    const options = questionOptions(data.version, engine, question as never, params as never);
    expect(options.queryKey).toEqual(questionKey(data.version, question as never, params as never));
    expect(options.queryKey[0]).toBe(data.version);
    expect(options.queryKey[1]).toBe(question.name);
    expect(options.queryKey.length).toBe(params === undefined ? 2 : 3);
  });

  it.each(names)('%s: answers on the published sample through its declaration', async (name) => {
    const question = QUESTIONS[name];
    const answer: unknown = await question.run(data.db, EXAMPLES[name] as never);
    expect(answer).not.toBeNull();
    if (Array.isArray(answer)) expect(answer.length).toBeGreaterThan(0);
  });

  it('summarises the published units: Đà Nẵng, 94 units of which 70 xã, 7 with a population', async () => {
    expect(await QUESTIONS.unitSummary.run(data.db, undefined)).toEqual({
      provinces: ['Đà Nẵng'],
      unitCount: 94,
      communeCount: 70,
      populationKnown: 7,
    });
  });

  it('keys differ whenever any params field differs, and skip until params are known', () => {
    const a = questionOptions(data.version, engine, QUESTIONS.ranking, {
      period: '2026-10',
      metric: 'total',
    });
    const b = questionOptions(data.version, engine, QUESTIONS.ranking, {
      period: '2026-10',
      metric: 'tdgq',
    });
    const skipped = questionOptions(data.version, engine, QUESTIONS.ranking, null);
    const pending = questionOptions(null, engine, QUESTIONS.ranking, {
      period: '2026-10',
      metric: 'total',
    });
    expect(a.queryKey).not.toEqual(b.queryKey);
    expect(typeof a.queryFn).toBe('function');
    expect(typeof skipped.queryFn).not.toBe('function');
    expect(typeof pending.queryFn).not.toBe('function');
  });
});
