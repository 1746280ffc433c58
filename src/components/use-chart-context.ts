import { useMemo } from 'react';
import type { ChartContext } from '../charts/chart-context.ts';
import { lightTheme } from '../charts/theme.ts';
import type { DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { useProvenance } from './data-status.ts';

/**
 * What a builder needs besides its rows: language, formats, theme and the provenance of the
 * dataset the chart draws, from context rather than props. Stable while none of them changes, so
 * it can stand in a memo's deps.
 */
export function useChartContext(dataset: DatasetId): ChartContext {
  const { locale, t, format } = useI18n();
  const { synthetic, source } = useProvenance(dataset);
  return useMemo(
    () => ({ locale, t, format, theme: lightTheme, synthetic, source }),
    [locale, t, format, synthetic, source],
  );
}
