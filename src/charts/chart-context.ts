import type { Format } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ChartTheme } from './theme.ts';

/** Everything a builder may know besides its rows. Builders never read global state. */
export interface ChartContext {
  readonly locale: Locale;
  readonly t: Translate;
  readonly format: Format;
  readonly theme: ChartTheme;
  /** The data is the synthetic sample: the chart's own text must say so (exports included). */
  readonly synthetic: boolean;
  /** Turn animation off (snapshot tests, print). */
  readonly static?: boolean;
}
