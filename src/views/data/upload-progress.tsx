import { useI18n } from '../../i18n/i18n-context.ts';
import type { UploadProgress } from '../../queries/use-upload.ts';

const MB = 1024 * 1024;

/**
 * How far a load is: the file, the share of its bytes read, the rows checked (valid and
 * rejected) and the valid rows already inserted, with the button that cancels it.
 */
export function UploadProgressView({
  progress,
  onCancel,
}: {
  progress: UploadProgress | null;
  onCancel: () => void;
}) {
  const { t, format } = useI18n();
  const megabytes = (bytes: number) => format.decimal(bytes / MB, 1);
  return (
    <div className="upload-progress" data-testid="upload-progress">
      {progress === null ? null : (
        <>
          <p>
            {t('upload.progress.file', {
              index: format.integer(progress.index),
              count: format.integer(progress.count),
              file: progress.file,
            })}
          </p>
          {progress.bytesTotal === null ? null : (
            <p>
              <progress
                aria-label={t('upload.progress.bytesLabel')}
                max={Math.max(1, progress.bytesTotal)}
                value={progress.bytesRead}
                data-testid="upload-progress-bytes"
              />{' '}
              {t('upload.progress.bytes', {
                read: megabytes(progress.bytesRead),
                total: megabytes(progress.bytesTotal),
              })}
            </p>
          )}
          <p>
            <progress
              aria-label={t('upload.progress.insertedLabel')}
              max={Math.max(1, progress.rowsLoaded)}
              value={progress.rowsInserted}
            />{' '}
            <span data-testid="upload-progress-rows">
              {t('upload.progress.rows', {
                read: t('count.rows', { count: progress.rowsRead }),
                loaded: format.integer(progress.rowsLoaded),
                rejected: format.integer(progress.rowsRejected),
                inserted: t('count.rows', { count: progress.rowsInserted }),
              })}
            </span>
          </p>
          {progress.stage === 'replacing' ? <p>{t('upload.progress.replacing')}</p> : null}
        </>
      )}
      <button type="button" onClick={onCancel}>
        {t('upload.cancel')}
      </button>
    </div>
  );
}
