import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';

interface ShareDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly testId?: string;
  readonly children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last: a modal
 * dialog's page is inert, but the browser would otherwise move the focus out to its own toolbar.
 */
function trapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (first === undefined || last === undefined) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog on the native `<dialog>`: `showModal` makes the rest of the page inert, Tab
 * cycles inside it, Escape closes it, and the focus goes back to what had it before.
 */
export function ShareDialog({ open, title, onClose, testId, children }: ShareDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const closed = () => {
      onClose();
      const back = opener.current;
      opener.current = null;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
    };
  }, [onClose]);
  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={trapTab}
    >
      <div className="share-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="share-dialog-close" onClick={() => ref.current?.close()}>
          {t('share.close')}
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
