import { createContext, useContext, useEffect, useRef } from 'react';

/** Says a sentence through the app's one polite live region. */
export type Announce = (message: string) => void;

/** Without a provider (a component rendered on its own in a test) nothing is said. */
export const AnnouncerContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

/**
 * Says `message` each time `trigger` changes after the first render: a filter's result count,
 * not the page as it opened. A null trigger means "not settled yet" (the previous answer is
 * still on screen) and is skipped, so the count said is the count shown.
 */
export function useAnnounceOnChange(message: string, trigger: string | null): void {
  const announce = useAnnounce();
  const last = useRef(trigger);
  useEffect(() => {
    if (trigger === null || trigger === last.current) return;
    if (last.current === null) {
      last.current = trigger;
      return;
    }
    last.current = trigger;
    announce(message);
  }, [announce, message, trigger]);
}
