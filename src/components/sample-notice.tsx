import { sampleExplanation, type UnitScope } from '../charts/page-labels.ts';
import type { DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { useDatasetProvenance } from './data-status.ts';

interface SampleNoticeProps {
  /** The datasets the page shows: the notice is there only while one of them is synthetic. */
  readonly shown: readonly DatasetId[];
  /** The loaded units, once known (the notice then says how many units the real list has). */
  readonly scope: UnitScope | null;
}

/** The synthetic-data warning, shown wherever sample figures are shown and nowhere else. */
export function SampleNotice({ shown, scope }: SampleNoticeProps) {
  const i18n = useI18n();
  const explanation = sampleExplanation(useDatasetProvenance(), shown, scope, i18n);
  if (explanation === null) return null;
  const { t } = i18n;
  return (
    <aside className="sample-notice" aria-label={t('sample.notice')} data-testid="sample-notice">
      <strong>{t('sample.notice')}</strong> <span>{explanation}</span>
    </aside>
  );
}
