import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { patchSearch, type SearchPatch } from '../state/route.ts';

const NAVIGATE_EVENT = 'popstate';

const subscribe = (onChange: () => void) => {
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
};
const getSearch = () => window.location.search;

export interface NavigateOptions {
  /** Replace the history entry instead of adding one (for typing in a search box, say). */
  readonly replace?: boolean;
}

/** Changes the query string and tells every subscriber, as a browser navigation would. */
export function navigate(patch: SearchPatch, options: NavigateOptions = {}): void {
  const next = patchSearch(window.location.search, patch);
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (options.replace === true) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent(NAVIGATE_EVENT));
}

/** The href a link to `patch` should carry (relative: works under any base path). */
export function hrefFor(patch: SearchPatch): string {
  const next = patchSearch(window.location.search, patch);
  return `${window.location.pathname}${next}`;
}

/**
 * The URL query string is the single source of truth for view state: components read it here
 * and write it with the setter, which adds a history entry so Back undoes the change.
 */
export function useSearchParams(): readonly [
  URLSearchParams,
  (patch: SearchPatch, options?: NavigateOptions) => void,
] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback((patch: SearchPatch, options?: NavigateOptions) => {
    navigate(patch, options);
  }, []);
  return [params, update] as const;
}
