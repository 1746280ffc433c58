import {
  provenanceOf,
  type ChartContext,
  type DataSource,
} from '../../src/charts/chart-context.ts';
import { lightTheme } from '../../src/charts/theme.ts';
import { createFormat } from '../../src/i18n/format.ts';
import type { Locale } from '../../src/i18n/locale.ts';
import { createTranslate } from '../../src/i18n/translate.ts';

/** The context a builder gets in the app, for one locale and one data source, animation off. */
export function chartContext(
  locale: Locale = 'vi',
  source: DataSource = { kind: 'sample' },
): ChartContext {
  return {
    locale,
    t: createTranslate(locale),
    format: createFormat(locale),
    theme: lightTheme,
    ...provenanceOf(source),
    static: true,
  };
}
