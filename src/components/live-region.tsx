import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { AnnouncerContext } from './announcer-context.ts';

/** Long enough for screen readers to notice the region was emptied before it is filled again. */
const REFILL_DELAY_MS = 150;

/**
 * The app's one polite live region (`useAnnounce()`): what an action did that the page does not
 * say where the focus is (data loaded, a filter's count, an upload finished, a panel opened).
 * Sentences asked for together are said once, in order; the same sentence asked for again later
 * is said again (the region is emptied first). Errors stay `role="alert"` where they appear and
 * are not repeated here.
 */
export function LiveRegionProvider({ children }: { readonly children: ReactNode }) {
  const [message, setMessage] = useState('');
  const queued = useRef<string[]>([]);
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  const announce = useCallback((text: string) => {
    const sentence = text.trim();
    if (sentence === '' || queued.current.includes(sentence)) return;
    queued.current.push(sentence);
    if (timer.current !== null) return;
    setMessage('');
    timer.current = window.setTimeout(() => {
      timer.current = null;
      setMessage(queued.current.join(' '));
      queued.current = [];
    }, REFILL_DELAY_MS);
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="live-region"
      >
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}
