import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { useAnnounce } from './announcer-context.ts';
import { copyToClipboard } from './share-copy.ts';

interface ShareCopyButtonProps {
  /** The text to copy, read at the click (a link is the address at that moment). */
  readonly text: () => string;
  /** The button's visible text. */
  readonly label: string;
  /** What is said and shown once copied. */
  readonly done: string;
  /** What is said when the clipboard refuses: the text is then offered selected in a field. */
  readonly failed: string;
  /** Names the fallback field. */
  readonly fieldLabel: string;
  readonly testId?: string;
}

type Outcome = { readonly kind: 'idle' } | { readonly kind: 'copied' } | FailedOutcome;
interface FailedOutcome {
  readonly kind: 'failed';
  readonly text: string;
}

/**
 * A copy button with its outcome beside it: "copied" (shown, and said through the live region),
 * or, when the clipboard is unavailable or refused, the text in a read-only field, selected and
 * focused, so Ctrl+C copies it.
 */
export function ShareCopyButton({
  text,
  label,
  done,
  failed,
  fieldLabel,
  testId,
}: ShareCopyButtonProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  useEffect(() => {
    if (outcome.kind !== 'failed') return;
    field.current?.focus();
    field.current?.select();
  }, [outcome]);
  const copy = async () => {
    const value = text();
    if (await copyToClipboard(value)) {
      setOutcome({ kind: 'copied' });
      announce(done);
    } else {
      setOutcome({ kind: 'failed', text: value });
      announce(failed);
    }
  };
  return (
    <span className="share-copy">
      <button
        type="button"
        data-testid={testId}
        onClick={() => {
          void copy();
        }}
      >
        {label}
      </button>
      {outcome.kind === 'copied' ? (
        <span
          className="share-copied"
          data-testid={testId === undefined ? undefined : `${testId}-done`}
        >
          {done}
        </span>
      ) : null}
      {outcome.kind === 'failed' ? (
        <span className="share-fallback">
          <span className="share-failed">{failed}</span>
          <label htmlFor={fieldId} className="visually-hidden">
            {fieldLabel}
          </label>
          <input
            id={fieldId}
            ref={field}
            readOnly
            value={outcome.text}
            data-testid={testId === undefined ? undefined : `${testId}-field`}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setOutcome({ kind: 'idle' });
            }}
          >
            {t('share.close')}
          </button>
        </span>
      ) : null}
    </span>
  );
}
