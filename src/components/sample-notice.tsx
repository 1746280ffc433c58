import { useI18n } from '../i18n/i18n-context.ts';

/** The synthetic-data warning shown wherever sample figures are shown. */
export function SampleNotice() {
  const { t } = useI18n();
  return (
    <aside className="sample-notice" aria-label={t('sample.notice')} data-testid="sample-notice">
      <strong>{t('sample.notice')}</strong> <span>{t('sample.explain')}</span>
    </aside>
  );
}
