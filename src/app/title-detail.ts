import { useSyncExternalStore } from 'react';
import type { SetTitleDetail } from '../components/use-document-title.ts';

/**
 * The state part of the document title ("Tháng 10/2026", a unit's name), held outside React's
 * state: a view sets it after each switch, and only what shows it (the document title, the
 * citation) renders again, not the whole shell and page a second time in the same frame.
 */
export interface TitleDetail {
  readonly set: SetTitleDetail;
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => string | null;
}

export function createTitleDetail(): TitleDetail {
  let detail: string | null = null;
  const listeners = new Set<() => void>();
  return {
    set: (next) => {
      if (next === detail) return;
      detail = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get: () => detail,
  };
}

/** The detail now; renders the caller again when it changes. */
export function useTitleDetail(store: TitleDetail): string | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
