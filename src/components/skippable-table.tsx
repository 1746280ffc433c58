import { useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';

interface SkippableTableProps {
  /** What the table shows, as its caption says it: the skip link and the end mark name it. */
  readonly name: string;
  readonly children: ReactNode;
}

/**
 * A long table with a way past it: a link before it, shown when it has the keyboard focus, moves
 * the focus to a mark just after the table, so the next Tab leaves the table's links and buttons
 * behind instead of crossing them one by one.
 */
export function SkippableTable({ name, children }: SkippableTableProps) {
  const { t } = useI18n();
  const id = useId();
  const end = useRef<HTMLSpanElement>(null);
  // Chromium moves Tab from a focused `tabindex="-1"` element inside <details> (a slot in its
  // shadow tree) back to the first control of the <details>: the mark is a tab stop, but only
  // while it holds the focus the link gave it.
  const [reached, setReached] = useState(false);
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // The address is the app's state: focus the mark without adding a fragment to it.
    event.preventDefault();
    setReached(true);
    end.current?.focus({ preventScroll: true });
    end.current?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <>
      <a className="skip-link table-skip" href={`#${id}`} onClick={skip}>
        {t('table.skip', { name })}
      </a>
      {children}
      <span
        id={id}
        ref={end}
        // A tab stop only while focused (see above); otherwise reached by the link alone.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the end mark takes focus only after the skip link sends it there
        tabIndex={reached ? 0 : -1}
        className="visually-hidden table-end"
        onBlur={() => {
          setReached(false);
        }}
      >
        {t('table.end', { name })}
      </span>
    </>
  );
}
