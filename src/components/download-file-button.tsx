import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { actionName } from './action-name.ts';
import { saveBlob } from './save-blob.ts';

interface DownloadFileButtonProps {
  /**
   * Builds the file on click (a large table is only serialised when asked for); a promise for
   * a file whose writer is loaded on first use (XLSX).
   */
  readonly file: () => Blob | Promise<Blob>;
  readonly fileName: string;
  /** Visible button text. */
  readonly label: string;
  /**
   * What is downloaded, when several buttons on the page share a text ("Tải bảng (CSV)"): the
   * accessible name is the visible text, then this ("Tải bảng (CSV): Hồ sơ 94 đơn vị…").
   */
  readonly object?: string;
  readonly testId?: string | undefined;
  /** The button's class: `download-file` (a table's) unless set (`link-button` under a chart). */
  readonly className?: string;
}

/**
 * One download: the file is built and saved on click. A file that takes a moment says so on the
 * button; one that could not be built says so next to it, and the button can be tried again.
 */
export function DownloadFileButton({
  file,
  fileName,
  label,
  object,
  testId,
  className = 'download-file',
}: DownloadFileButtonProps) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const onClick = () => {
    const built = file();
    if (built instanceof Blob) {
      saveBlob(built, fileName);
      setState('idle');
      return;
    }
    setState('busy');
    built.then(
      (blob) => {
        saveBlob(blob, fileName);
        setState('idle');
      },
      (error: unknown) => {
        console.error(error);
        setState('failed');
      },
    );
  };
  const text = state === 'busy' ? t('xlsx.preparing') : label;
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={onClick}
        disabled={state === 'busy'}
        aria-busy={state === 'busy'}
        data-testid={testId}
        aria-label={object === undefined ? undefined : actionName(t, text, object)}
      >
        {text}
      </button>
      {state === 'failed' ? (
        <span className="download-failed" role="alert">
          {t('xlsx.failed')}
        </span>
      ) : null}
    </>
  );
}
