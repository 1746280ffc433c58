import { useMutation } from '@tanstack/react-query';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { runConsoleQuery } from '../db/queries/run-console-query.ts';

export type { ConsoleResult } from '../db/queries/run-console-query.ts';
export { CONSOLE_ROW_LIMIT } from '../db/queries/run-console-query.ts';

/** Runs SQL typed in the console, on demand (a mutation: nothing to cache or refetch). */
export function useConsoleQuery(data: LoadedData | undefined) {
  return useMutation({
    mutationFn: (sql: string) => {
      if (data === undefined) throw new Error('the database is not loaded yet');
      return runConsoleQuery(data.db, sql);
    },
  });
}
