import { useI18n } from '../i18n/i18n-context.ts';
import { useDataVersion } from '../queries/data-version.ts';
import { useAnnouncedDataVersion } from './service-worker-client.ts';

/**
 * A new build of the site (new published figures) has replaced the cached one while this page
 * shows the old figures: says so, and offers to reload. Not while the user's own files are
 * shown (their version is their own) or before any figures are.
 */
export function NewDataNotice({ ownFiles }: { readonly ownFiles: boolean }) {
  const { t } = useI18n();
  const shown = useDataVersion();
  const announced = useAnnouncedDataVersion();
  if (ownFiles || shown === null || announced === null || announced === shown) return null;
  return (
    <p className="note new-data-notice" role="status" data-testid="new-data-notice">
      {t('sw.newData')}{' '}
      <button
        type="button"
        onClick={() => {
          window.location.reload();
        }}
      >
        {t('sw.reload')}
      </button>
    </p>
  );
}
