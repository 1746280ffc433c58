import { indexedDbUploadStore } from '../ingest/indexeddb-upload-store.ts';
import {
  parsePrecomputedAnswers,
  precomputedFile,
  type PrecomputedAnswers,
} from '../ingest/precomputed-answers.ts';
import { preloadAnswers } from '../db/question-registry.ts';
import type { DataSource } from '../queries/data-source.ts';
import { afterNextPaint } from '../components/after-next-paint.ts';
import { firstChartDrawn } from '../components/first-chart-drawn.ts';

/** Files published next to the page (`public/data/`), fetched relative to it: no server needed. */
async function fetchPublished(path: string): Promise<string> {
  const url = new URL(`data/${path}`, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

const store = indexedDbUploadStore();

/**
 * The engine and the loaders, in chunks of their own: the first chart needs none of them. They
 * start once the first page's answers are in (or known to be missing), its first chart is drawn
 * (when it has answers to draw one from) and the page has painted, so neither the engine's
 * 34 MB on a slow link nor its chunks' evaluation on a slow processor compete with that chart.
 */
let firstPreview: Promise<PrecomputedAnswers | null> | null = null;
/** Every answers file asked for so far, once each (`startPreview` may have asked first). */
const previews = new Map<string, Promise<PrecomputedAnswers | null>>();
/** A page with answers but no chart (the Data page) waits no longer than this for one. */
const CHART_WAIT_MS = 600;

const nextPaint = () =>
  new Promise<void>((resolve) => {
    afterNextPaint(resolve);
  });

async function preview(file: string): Promise<PrecomputedAnswers | null> {
  // The user's saved files are restored on top of the published data: its answers would be
  // the wrong figures, so the page waits for the engine instead.
  // Both at once: opening IndexedDB the first time takes longer than the file's fetch.
  const fetched = fetchPublished(precomputedFile(file)).then(
    (text) => parsePrecomputedAnswers(JSON.parse(text)),
    // None published for this page: the engine answers everything.
    () => null,
  );
  const saved: unknown = store === null ? null : await store.read().catch(() => 'unreadable');
  if (saved !== null && saved !== undefined) return null;
  // Unreadable answers are no answers either.
  return fetched.catch(() => null);
}

/**
 * Fetches a page's answers once (`preview` returns the same promise): `main.tsx` asks for the
 * address's page before React renders, so they arrive while the app's code is still starting.
 */
export function startPreview(file: string): Promise<PrecomputedAnswers | null> {
  const known = previews.get(file);
  if (known !== undefined) return known;
  const answers = preview(file).catch(() => null);
  firstPreview ??= answers;
  previews.set(file, answers);
  return answers;
}

// The user's saved files are loaded back on top before the data counts as loaded, so no view
// shows the sample figures in their place.
export const browserDataSource: DataSource = {
  preview: (file) => startPreview(file),
  load: async () => {
    const answers = await firstPreview;
    if (answers !== null) {
      await Promise.race([
        firstChartDrawn(),
        new Promise((resolve) => setTimeout(resolve, CHART_WAIT_MS)),
      ]);
    }
    await nextPaint();
    // The next steps' answers (tens of kB) before the engine's megabytes.
    await Promise.all(previews.values());
    // The questions' answering code, while the engine starts (each question also fetches it).
    void preloadAnswers().catch(() => undefined);
    const [{ openBrowserDb }, { loadPublishedData }, { restoreUploads }, { validateInWorker }] =
      await Promise.all([
        import('../db/duckdb.ts'),
        import('../ingest/load-published.ts'),
        import('../ingest/saved-uploads.ts'),
        import('../ingest/validate-in-worker.ts'),
      ]);
    // One more try after a failure: right after an offline reload the engine's worker sometimes
    // fails to fetch the wasm the service worker holds (seen in Chromium, about one start in
    // six); a second worker gets it. A host that really lacks the file fails again.
    const published = await loadPublishedData(openBrowserDb(), fetchPublished).catch(
      async (error: unknown) => {
        console.warn('loading the data failed once, trying again', error);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return loadPublishedData(openBrowserDb(), fetchPublished);
      },
    );
    const data =
      store === null ? published : await restoreUploads(published, store, validateInWorker);
    performance.mark('commune-scorecard:data-loaded');
    return data;
  },
  reloadPublished: async (current) => {
    const { reloadPublishedData } = await import('../ingest/load-published.ts');
    return reloadPublishedData(current, fetchPublished);
  },
  store,
};
