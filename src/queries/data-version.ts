import { createContext, useContext } from 'react';

/**
 * The version of the figures the page shows, the first element of every question key: the
 * loaded database's once DuckDB has loaded it, and before that the published data's when the
 * build's answers stand in for it (`use-preview.ts`). Null while neither is known: questions
 * are then skipped.
 */
export const DataVersionContext = createContext<string | null>(null);

export function useDataVersion(): string | null {
  return useContext(DataVersionContext);
}
