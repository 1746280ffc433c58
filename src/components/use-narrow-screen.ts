import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 640px)';

const subscribe = (onChange: () => void) => {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => {
    media.removeEventListener('change', onChange);
  };
};
const getSnapshot = () => window.matchMedia(QUERY).matches;

/**
 * True on phone-width screens: charts put their legend below and wrap titles, the profile's six
 * group panels go two to a row.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
