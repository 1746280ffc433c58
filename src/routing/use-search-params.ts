import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ParsedSearch, Search } from '../state/define-search.ts';
import { nextSearch, type SearchTarget } from '../state/route.ts';

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

/**
 * Follows `target` (what survives a page switch is decided by `nextSearch`) and tells every
 * subscriber, as a browser navigation would.
 */
export function navigate(target: SearchTarget, options: NavigateOptions = {}): void {
  const next = nextSearch(window.location.search, target);
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (options.replace === true) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent(NAVIGATE_EVENT));
}

/** The href a link to `target` should carry (relative: works under any base path). */
export function hrefFor(target: SearchTarget): string {
  const next = nextSearch(window.location.search, target);
  return `${window.location.pathname}${next}`;
}

/**
 * The URL query string is the single source of truth for view state: components read it here
 * and write it with the setter, which adds a history entry so Back undoes the change.
 */
export function useSearchParams(): readonly [
  URLSearchParams,
  (target: SearchTarget, options?: NavigateOptions) => void,
] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback((target: SearchTarget, options?: NavigateOptions) => {
    navigate(target, options);
  }, []);
  return [params, update] as const;
}

/**
 * One page's typed state (and the params it ignored as invalid) from the URL, and a setter
 * that writes only that page's declared params, staying on the page.
 */
export function usePageSearch<S>(
  page: Search<S>,
): readonly [ParsedSearch<S>, (patch: Partial<S>, options?: NavigateOptions) => void] {
  const [params] = useSearchParams();
  const parsed = useMemo(() => page.parse(params), [page, params]);
  const update = useCallback(
    (patch: Partial<S>, options?: NavigateOptions) => {
      navigate({ patch: page.write(patch) }, options);
    },
    [page],
  );
  return [parsed, update] as const;
}
