import { createContext, useContext } from 'react';
import type { LoadedData } from '../ingest/loaded-data.ts';
import type { PrecomputedAnswers } from '../ingest/precomputed-answers.ts';
import type { UploadStore } from '../ingest/saved-uploads.ts';

/** How the app obtains its loaded database: the browser engine in the app, a fake in tests. */
export interface DataSource {
  /** The published data, with the user's saved files restored on top, before anything is shown. */
  readonly load: () => Promise<LoadedData>;
  /** The published data again in place of the user's, without a reload. */
  readonly reloadPublished: (current: LoadedData) => Promise<LoadedData>;
  /**
   * The build's answers in one file (`ingest/precomputed-answers.ts`: a page's, `ranking`, or its
   * next steps', `ranking-next`), shown before the engine is ready; null when there are none or
   * when they would not be the figures loaded (the user's saved files are restored on top of
   * the published data). Absent: the page waits for `load`.
   */
  readonly preview?: (file: string) => Promise<PrecomputedAnswers | null>;
  /** Keeps the user's files across reloads; null where nothing is kept. */
  readonly store: UploadStore | null;
}

export const DataSourceContext = createContext<DataSource | null>(null);

export function useDataSource(): DataSource {
  const source = useContext(DataSourceContext);
  if (source === null) throw new Error('DataSourceContext is missing');
  return source;
}
