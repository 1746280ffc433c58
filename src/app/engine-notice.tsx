import { useDownloadProgress } from '../components/data-status.ts';
import { useI18n } from '../i18n/i18n-context.ts';

interface EngineNoticeProps {
  /** The figures shown are the build's answers. */
  readonly early: boolean;
  /** The engine could not start. */
  readonly failed: boolean;
  readonly onRetry: () => void;
}

/**
 * While the page shows the build's answers: that they are, and how far the engine download is;
 * and when the engine cannot start (offline on a first visit), that only they can be viewed.
 */
export function EngineNotice({ early, failed, onRetry }: EngineNoticeProps) {
  const { t, format } = useI18n();
  const progress = useDownloadProgress();
  if (!early) return null;
  if (failed) {
    return (
      <div className="note engine-notice" role="alert" data-testid="engine-notice">
        <strong>{t('load.failed')}</strong> {t('stale.offline')}{' '}
        <button type="button" onClick={onRetry}>
          {t('load.retry')}
        </button>
      </div>
    );
  }
  const mb = (bytes: number) => format.decimal(bytes / 1e6, 1);
  return (
    <p className="note engine-notice" data-testid="engine-notice">
      {t('early.note')}
      {progress === null || progress.total === 0 ? null : (
        <>
          {' '}
          <progress max={progress.total} value={progress.loaded} aria-hidden="true" />{' '}
          {t('load.download', { loaded: mb(progress.loaded), total: mb(progress.total) })}
        </>
      )}
    </p>
  );
}
