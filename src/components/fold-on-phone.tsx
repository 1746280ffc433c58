import { useState, type ReactNode } from 'react';
import { useNarrowScreen } from './use-narrow-screen.ts';
import './fold-on-phone.css';

interface FoldOnPhoneProps {
  /** What the folded part holds, on its summary line (shown on phones only). */
  readonly summary: string;
  readonly children: ReactNode;
  readonly testId?: string;
}

/**
 * A page's controls (or explanations) folded behind one summary line on a phone, so that the
 * page's first chart is on its first screen; on wider screens always open, without the summary
 * line, as if there were no fold. A `<details>`: keyboard and screen readers know it as such.
 */
export function FoldOnPhone({ summary, children, testId }: FoldOnPhoneProps) {
  const narrow = useNarrowScreen();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="fold-on-phone"
      open={!narrow || open}
      data-testid={testId}
      onToggle={(event) => {
        if (narrow) setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
