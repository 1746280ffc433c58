import { useDownloadProgress } from '../components/data-status.ts';
import { useI18n } from '../i18n/i18n-context.ts';

interface EngineNoticeProps {
  /** The figures shown are the build's answers. */
  readonly early: boolean;
  /** The engine could not start. */
  readonly failed: boolean;
}

/**
 * While the page shows the build's answers: that they are, and how far the engine download is;
 * and when the engine cannot start (offline on a first visit), that only they can be viewed.
 */
export function EngineNotice({ early, failed }: EngineNoticeProps) {
  const { t, format } = useI18n();
  const progress = useDownloadProgress();
  if (!early) return null;
  if (failed) {
    return (
      <p className="note engine-notice" role="status" data-testid="engine-notice">
        {t('stale.offline')}
      </p>
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
