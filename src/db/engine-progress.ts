/** How much of the engine (the wasm module) has downloaded, in bytes; total 0 when unknown. */
export interface EngineProgress {
  readonly loaded: number;
  readonly total: number;
}

type Listener = () => void;

let current: EngineProgress | null = null;
const listeners = new Set<Listener>();
let notified = 0;

/** The download reports every chunk (hundreds a second on a fast link): tell listeners at most
 * every 100 ms, and always at the end. */
const NOTIFY_EVERY_MS = 100;

/**
 * The engine download's progress, kept apart from `duckdb.ts` so the page can show it without
 * loading DuckDB's JavaScript first: null until the download starts.
 */
export const engineProgress = {
  get: (): EngineProgress | null => current,
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  report: (next: EngineProgress): void => {
    const now = performance.now();
    const done = next.total > 0 && next.loaded >= next.total;
    if (!done && now - notified < NOTIFY_EVERY_MS) return;
    notified = now;
    current = next;
    for (const listener of listeners) listener();
  },
};
