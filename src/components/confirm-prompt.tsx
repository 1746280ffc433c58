import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

interface ConfirmPromptProps {
  readonly message: string;
  readonly yes: string;
  readonly no: string;
  readonly onYes: () => void;
  /** Also on Escape. The caller gives the focus back to what opened the prompt. */
  readonly onNo: () => void;
  readonly disabled?: boolean;
  readonly yesTestId?: string;
}

/**
 * A question asked in place before an action that changes the user's data: the focus goes to
 * its "yes" button when it opens, and Escape answers "no".
 */
export function ConfirmPrompt({
  message,
  yes,
  no,
  onYes,
  onNo,
  disabled = false,
  yesTestId,
}: ConfirmPromptProps) {
  const id = useId();
  const yesButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    yesButton.current?.focus();
  }, []);
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onNo();
  };
  return (
    <div role="alertdialog" aria-labelledby={id} className="confirm">
      <p id={id}>{message}</p>
      <button
        type="button"
        ref={yesButton}
        disabled={disabled}
        data-testid={yesTestId}
        onKeyDown={escape}
        onClick={onYes}
      >
        {yes}
      </button>{' '}
      <button type="button" onKeyDown={escape} onClick={onNo}>
        {no}
      </button>
    </div>
  );
}
