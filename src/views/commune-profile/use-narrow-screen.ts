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

/** True on phone-width screens, where the six group panels go two to a row instead of three. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
