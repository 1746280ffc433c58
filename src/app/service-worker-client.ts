import { useSyncExternalStore } from 'react';
import { firstChartDrawn } from '../components/first-chart-drawn.ts';

/**
 * The page's side of `service-worker.ts`: registration (built site only), the data version a
 * newly activated worker holds, and the request to cache the engine once the page has it.
 */

/** How long after `load` a page that draws no chart (methodology, data) registers the worker. */
const CHARTLESS_DELAY_MS = 2000;

let announced: string | null = null;
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const current = () => announced;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { readonly type?: unknown; readonly dataVersion?: unknown } | null;
    if (data?.type !== 'sw-activated' || typeof data.dataVersion !== 'string') return;
    announced = data.dataVersion;
    for (const listener of listeners) listener();
  });
  // Registered once the first chart is on screen (a page without one: a while after it has
  // loaded): the first visit's install fetches and caches the whole app, which would otherwise
  // take the two cores and the link from that chart (measured: ~150 ms later on localhost).
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('service worker not registered', error);
    });
  };
  void firstChartDrawn().then(register);
  const fallback = () => {
    setTimeout(register, CHARTLESS_DELAY_MS);
  };
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
}

/** The data version the service worker took over with during this visit, or null. */
export function useAnnouncedDataVersion(): string | null {
  return useSyncExternalStore(subscribe, current, current);
}

/** Once the engine has started: keep it for offline use if the worker has not yet. */
export function cacheEngine(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage({ type: 'cache-engine' });
  });
}
