import { QUESTIONS } from '../db/question-registry.ts';
import type { Question } from '../db/question.ts';
import { DOSSIER_SEARCH, PETITION_SEARCH, RANKING_SEARCH } from '../state/page-search.ts';
import type { ViewId } from '../state/route.ts';
import { dossierState } from '../views/dossiers/dossier-state.ts';
import { petitionState, resolvePeriod } from '../views/petitions/petition-state.ts';
import { rankingState } from '../views/ranking/ranking-state.ts';

/**
 * Asks one question as a page would (the runner answers it and keeps the answer). `next`: not
 * the default state but a likely next step, published in the page's second file
 * (`<page>-next.json`), which the page fetches after its first chart.
 */
export type Ask = <P, R>(question: Question<P, R>, params: P, tier?: 'next') => Promise<R>;

const NO_PARAMS = new URLSearchParams();

/** What the shell asks on every page: the title's scope and the data's latest month. */
async function shell(ask: Ask): Promise<void> {
  await ask(QUESTIONS.unitSummary, undefined);
  await ask(QUESTIONS.periods, undefined);
  await ask(QUESTIONS.dossierMonths, undefined);
  await ask(QUESTIONS.petitionMonths, undefined);
}

/** The ranking at its default metric for every point the data has: the month picker's choices. */
async function ranking(ask: Ask): Promise<void> {
  const state = rankingState(RANKING_SEARCH.parse(NO_PARAMS).state);
  const periods = await ask(QUESTIONS.periods, undefined);
  await ask(QUESTIONS.subIndicators, undefined);
  await ask(QUESTIONS.formerDistricts, undefined);
  for (const period of periods) {
    const tier = period === periods.at(-1) ? undefined : 'next';
    await ask(QUESTIONS.ranking, { period, metric: state.metric, sub: state.sub }, tier);
  }
}

/** The profile's default page is the unit picker. */
async function commune(ask: Ask): Promise<void> {
  await ask(QUESTIONS.units, undefined);
}

/** The latest month's dossiers, the province's trend and the data-quality list. */
async function dossiers(ask: Ask): Promise<void> {
  const state = dossierState(DOSSIER_SEARCH.parse(NO_PARAMS).state);
  const months = await ask(QUESTIONS.dossierMonths, undefined);
  await ask(QUESTIONS.formerDistricts, undefined);
  await ask(QUESTIONS.units, undefined);
  await ask(QUESTIONS.dossierImbalances, undefined);
  await ask(QUESTIONS.dossierTrend, { filter: state.filter, code: null });
  for (const month of months) {
    const tier = month === months.at(-1) ? undefined : 'next';
    await ask(QUESTIONS.dossierUnits, { month, filter: state.filter }, tier);
  }
}

/** The default period's petitions and their trend. */
async function petitions(ask: Ask): Promise<void> {
  const state = petitionState(PETITION_SEARCH.parse(NO_PARAMS).state);
  const months = await ask(QUESTIONS.petitionMonths, undefined);
  await ask(QUESTIONS.formerDistricts, undefined);
  const period = resolvePeriod({ from: state.from, to: state.to }, months);
  if (period === null) return;
  const query = { ...period, filter: { type: state.filter.type, district: state.filter.district } };
  await ask(QUESTIONS.petitionUnits, query);
  await ask(QUESTIONS.petitionTrend, query);
}

const nothing = () => Promise.resolve();

/**
 * What the build answers for each page (`scripts/precompute-answers.ts`): its default state,
 * asked exactly as the page asks it (the same URL schemas and state helpers), and the cheap
 * next steps (every month of the default ranking and of the dossiers). The Data page needs the
 * engine itself; the methodology only the shell's scope. `test/e2e/first-chart.test.ts` opens
 * every page with the engine blocked: a question missing here leaves the page waiting there.
 */
export const PRECOMPUTE_PLAN: Readonly<Record<ViewId, (ask: Ask) => Promise<void>>> = {
  ranking,
  commune,
  dossiers,
  petitions,
  data: nothing,
  methodology: nothing,
};

/** Every page's plan after the shell's questions. */
export async function askPage(page: ViewId, ask: Ask): Promise<void> {
  await shell(ask);
  await PRECOMPUTE_PLAN[page](ask);
}
