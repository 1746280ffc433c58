import type { ReactNode } from 'react';

interface StatusMessageProps {
  readonly kind: 'loading' | 'empty' | 'error';
  readonly title: string;
  readonly children?: ReactNode;
}

/** Loading, empty and error states, announced to screen readers (errors assertively). */
export function StatusMessage({ kind, title, children }: StatusMessageProps) {
  return (
    <div
      className={`status status-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live={kind === 'error' ? 'assertive' : 'polite'}
      aria-busy={kind === 'loading'}
    >
      {kind === 'loading' ? <span className="spinner" aria-hidden="true" /> : null}
      <p className="status-title">{title}</p>
      {children}
    </div>
  );
}
