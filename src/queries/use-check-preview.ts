import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { QUESTIONS } from '../db/question-registry.ts';
import type { Question } from '../db/question.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import type { PrecomputedAnswers } from '../ingest/precomputed-answers.ts';

const BY_NAME: ReadonlyMap<string, Question<unknown, unknown>> = new Map(
  Object.values(QUESTIONS).map((question) => [
    question.name,
    question as unknown as Question<unknown, unknown>,
  ]),
);

/** What checking one page's answers found: `commune-scorecard:preview-checked`'s detail. */
export interface PreviewCheck {
  readonly checked: number;
  /** Keys whose answer the engine gave differently (then shown instead), as JSON. */
  readonly differed: readonly string[];
  /** Keys naming no question of this build. */
  readonly unknown: readonly string[];
}

export const PREVIEW_CHECKED_MARK = 'commune-scorecard:preview-checked';

const checkedPreviews = new WeakSet<PrecomputedAnswers>();

// Each check waits for the page to be idle (a reader switching months comes first), and at most
// this long when it never is.
const CHECK_WAIT_MS = 2000;

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(
        () => {
          resolve();
        },
        { timeout: CHECK_WAIT_MS },
      );
    } else {
      setTimeout(resolve, 0);
    }
  });

/**
 * Once the engine has loaded the very figures the build's answers came from, asks it every
 * question again, one at a time when the page is idle: an answer it gives differently replaces the
 * build's in the cache (and is logged), so the build can never leave a wrong figure on screen.
 * The outcome is the performance mark `commune-scorecard:preview-checked`.
 */
export function useCheckPreview(
  preview: PrecomputedAnswers | null,
  loaded: LoadedData | undefined,
): void {
  const client = useQueryClient();
  useEffect(() => {
    if (preview === null || loaded === undefined) return;
    if (loaded.version !== preview.manifest.version || checkedPreviews.has(preview)) return;
    checkedPreviews.add(preview);
    void (async () => {
      const differed: string[] = [];
      const unknown: string[] = [];
      for (const { key, answer } of preview.answers) {
        await idle();
        const question = BY_NAME.get(String(key[1]));
        if (question === undefined) {
          unknown.push(JSON.stringify(key));
          continue;
        }
        const fresh = await question.run(loaded.db, key[2]).catch((error: unknown) => ({
          failed: String(error),
        }));
        if (JSON.stringify(fresh) !== JSON.stringify(answer)) {
          differed.push(JSON.stringify(key));
          // A failed question keeps the build's answer on screen; a different one replaces it.
          if (!(typeof fresh === 'object' && fresh !== null && 'failed' in fresh)) {
            client.setQueryData(key, fresh);
          }
        }
      }
      if (differed.length > 0)
        console.warn('precomputed answers the engine gave differently', differed);
      const detail: PreviewCheck = { checked: preview.answers.length, differed, unknown };
      performance.mark(PREVIEW_CHECKED_MARK, { detail });
    })();
  }, [preview, loaded, client]);
}
