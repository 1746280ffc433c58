import { useEffect, type ReactNode } from 'react';
import { useAnnounce } from './announcer-context.ts';

interface StatusMessageProps {
  readonly kind: 'loading' | 'empty' | 'error';
  readonly title: string;
  readonly children?: ReactNode;
}

/**
 * Loading, empty and error states. Errors are alerts (said at once, assertively); an empty state
 * is said through the app's one polite live region, so that several messages appearing together
 * are not each a live region of their own. A loading message is not said: its outcome is.
 */
export function StatusMessage({ kind, title, children }: StatusMessageProps) {
  const announce = useAnnounce();
  useEffect(() => {
    if (kind === 'empty') announce(title);
  }, [announce, kind, title]);
  return (
    <div
      className={`status status-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live={kind === 'error' ? 'assertive' : 'off'}
      aria-busy={kind === 'loading'}
    >
      {kind === 'loading' ? <span className="spinner" aria-hidden="true" /> : null}
      <p className="status-title">{title}</p>
      {children}
    </div>
  );
}
