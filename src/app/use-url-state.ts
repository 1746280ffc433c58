import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../state/url-state.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
  };
};
const getSearch = () => window.location.search;

/**
 * The URL is the single source of truth for view state: reading parses `location.search`,
 * writing pushes a history entry (so Back undoes a change) and notifies subscribers.
 */
export function useUrlState(): [UrlState, (patch: Partial<UrlState>) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const state = parseUrlState(search);
  const update = useCallback((patch: Partial<UrlState>) => {
    const current = parseUrlState(window.location.search);
    const next = serializeUrlState({ ...current, ...patch }, window.location.search);
    if (next === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [state, update];
}
