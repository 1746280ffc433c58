import type { DatasetId } from '../data/schema.ts';
import { QUESTIONS } from '../queries/questions.ts';
import { useQuestion } from '../queries/use-question.ts';

/**
 * The latest month of data among the datasets a page shows (`YYYY-MM`), or null when it shows
 * none or they are not loaded yet: the "data date" of the page's citation.
 */
export function useDataMonth(shown: readonly DatasetId[]): string | null {
  const months: Partial<Record<DatasetId, readonly string[] | undefined>> = {
    index_scores: useQuestion(QUESTIONS.periods).data,
    dossiers: useQuestion(QUESTIONS.dossierMonths).data,
    petitions: useQuestion(QUESTIONS.petitionMonths).data,
  };
  const latest = shown.flatMap((dataset) => months[dataset]?.at(-1) ?? []);
  return latest.length === 0 ? null : latest.reduce((a, b) => (b > a ? b : a));
}
