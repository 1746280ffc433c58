import { useEffect, useRef, useState } from 'react';
import { ConfirmPrompt } from '../../components/confirm-prompt.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';
import {
  useDatabaseWriting,
  useRestorePublished,
  type Persistence,
} from '../../queries/use-upload.ts';

/**
 * The user's own data: which files are in use (rows, when loaded), whether they are kept for
 * the next visit, what became of the saved data when the page opened, and the way back to the
 * published sample, which asks first and needs no reload.
 */
export function YourDataPanel({
  data,
  persistence,
}: {
  data: LoadedData;
  /** How the last load was saved; null when nothing was loaded on this visit. */
  persistence: Persistence | null;
}) {
  const { t, format } = useI18n();
  const restore = useRestorePublished(data);
  const writing = useDatabaseWriting();
  const done = useRef<HTMLParagraphElement>(null);
  const backDone = restore.isSuccess && restore.data.version === data.version;
  // A failure is said while the data it left in place is shown, not after a later load.
  const [failedAt, setFailedAt] = useState<string | null>(null);
  // Back to the sample: the button is gone, so the focus goes to what happened.
  useEffect(() => {
    if (backDone) done.current?.focus();
  }, [backDone]);
  const [confirming, setConfirming] = useState(false);
  const backButton = useRef<HTMLButtonElement>(null);
  const files = data.uploads.map((record) => record.file).join(', ');
  const own = data.uploads.length > 0 || Object.values(data.origins).includes('cleared');

  return (
    <section
      className="panel your-data"
      aria-labelledby="your-data-heading"
      data-testid="your-data"
    >
      <h2 id="your-data-heading">{t('yours.title')}</h2>
      {data.restore?.status === 'restored' ? (
        <p role="status">{t('yours.restored', { files: data.restore.files.join(', ') })}</p>
      ) : null}
      {data.restore?.status === 'discarded' ? (
        <p role="alert" className="your-data-warning">
          {t(`yours.discarded.${data.restore.reason}`)}
        </p>
      ) : null}
      {restore.isPending ? <StatusMessage kind="loading" title={t('yours.backLoading')} /> : null}
      {data.restore?.status === 'kept' ? (
        <p role="alert" className="your-data-warning">
          {t('yours.restoreKept', { message: data.restore.message })}
        </p>
      ) : null}
      {backDone ? (
        <p role="status" tabIndex={-1} ref={done}>
          {t('yours.backDone')}
        </p>
      ) : null}
      {restore.isError && failedAt === data.version ? (
        <p role="alert">{t('yours.backFailed')}</p>
      ) : null}
      {data.uploads.length === 0 ? (
        <p>{t('yours.none')}</p>
      ) : (
        <>
          <ul className="your-data-files">
            {data.uploads.map((record) => {
              const report = data.reports.find((entry) => entry.dataset === record.dataset);
              return (
                <li key={record.dataset}>
                  {t('yours.file', {
                    dataset: t(`dataset.${record.dataset}`),
                    file: report?.file ?? record.file,
                    count: report?.rowsLoaded ?? 0,
                    at: format.dateTime(record.loadedAt),
                  })}
                </li>
              );
            })}
          </ul>
          <p className="note">
            {persistence === null || persistence.status === 'saved'
              ? t('yours.kept')
              : persistence.status === 'unavailable'
                ? t('yours.unavailable')
                : t('yours.notKept', { reason: persistence.message })}
          </p>
        </>
      )}
      {own && !confirming ? (
        <button
          type="button"
          ref={backButton}
          data-testid="back-to-sample"
          disabled={writing}
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('yours.back')}
        </button>
      ) : null}
      {own && confirming ? (
        <ConfirmPrompt
          message={t('yours.backConfirm', { files: files || '—' })}
          yes={t('yours.backYes')}
          no={t('yours.keep')}
          yesTestId="back-to-sample-confirm"
          disabled={writing}
          onYes={() => {
            const before = data.version;
            restore.mutate(undefined, {
              onError: () => {
                setFailedAt(before);
              },
              onSettled: () => {
                setConfirming(false);
              },
            });
          }}
          onNo={() => {
            setConfirming(false);
            requestAnimationFrame(() => backButton.current?.focus());
          }}
        />
      ) : null}
    </section>
  );
}
