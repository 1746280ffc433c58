import { useQuery } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { openConsoleClient } from '../db/duckdb.ts';
import { getConsoleColumns } from '../db/queries/get-console-columns.ts';
import {
  ConsoleQueryError,
  runConsoleQuery,
  type ConsoleResult,
} from '../db/queries/run-console-query.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';

export type {
  ConsoleCell,
  ConsoleColumn,
  ConsoleColumnKind,
} from '../db/queries/console-client.ts';
export type { ConsoleTableColumns } from '../db/queries/get-console-columns.ts';
export type { ConsoleResult, SqlPosition } from '../db/queries/run-console-query.ts';
export { CONSOLE_ROW_LIMIT, ConsoleQueryError } from '../db/queries/run-console-query.ts';

/** The console's last run: kept for the page's lifetime, so leaving the Data page keeps it. */
export type ConsoleRun =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly sql: string }
  | { readonly status: 'done'; readonly sql: string; readonly result: ConsoleResult }
  | { readonly status: 'failed'; readonly sql: string; readonly error: ConsoleQueryError }
  | { readonly status: 'cancelled'; readonly sql: string };

interface Stored {
  readonly run: ConsoleRun;
  /** The dataset version the run read: a run on replaced tables is not shown. */
  readonly version: string | null;
}

const IDLE: Stored = { run: { status: 'idle' }, version: null };
let stored: Stored = IDLE;
const listeners = new Set<() => void>();
const publish = (next: Stored) => {
  stored = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const snapshot = () => stored;

const asConsoleError = (error: unknown): ConsoleQueryError =>
  error instanceof ConsoleQueryError
    ? error
    : new ConsoleQueryError(error instanceof Error ? error.message : String(error), null, 'engine');

/**
 * Runs SQL typed in the console on its own engine connection (never the views' one), on demand:
 * one query at a time, cancellable. The last run outlives the component, so a reader who leaves
 * the Data page finds the result again.
 */
export function useConsoleRun(data: LoadedData): {
  readonly run: ConsoleRun;
  readonly start: (sql: string) => void;
  readonly cancel: () => void;
} {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const version = data.version;
  const start = useCallback(
    (sql: string) => {
      if (stored.run.status === 'running') return;
      publish({ run: { status: 'running', sql }, version });
      void (async () => {
        try {
          const client = await openConsoleClient();
          const result = await runConsoleQuery(client, sql);
          publish({ run: { status: 'done', sql, result }, version });
        } catch (error) {
          if (error instanceof Error && error.name === 'ConsoleCancelledError') {
            publish({ run: { status: 'cancelled', sql }, version });
          } else {
            publish({ run: { status: 'failed', sql, error: asConsoleError(error) }, version });
          }
        }
      })();
    },
    [version],
  );
  const cancel = useCallback(() => {
    void openConsoleClient().then((client) => client.cancel());
  }, []);
  const shown = current.version === version || current.run.status === 'running' ? current : IDLE;
  return { run: shown.run, start, cancel };
}

// The dataset version stands for the database's contents, as in every question's key.
const consoleColumnsKey = (version: string) => [version, 'consoleColumns'] as const;

const columnsOf = (db: LoadedData['db']) => () => getConsoleColumns(db);

/** The loaded tables and their columns, for the editor's completion. */
export function useConsoleColumns(data: LoadedData) {
  return useQuery({
    queryKey: consoleColumnsKey(data.version),
    queryFn: columnsOf(data.db),
  });
}
