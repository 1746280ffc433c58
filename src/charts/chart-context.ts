import type { Format } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ChartTheme } from './theme.ts';

/**
 * Where the figures come from, as the loaded data says. The source and the data date belong here
 * too once a chart states them.
 */
export interface Provenance {
  /** The data is the synthetic sample: the chart's own text must say so (exports included). */
  readonly synthetic: boolean;
}

/** Everything a builder may know besides its rows. Builders never read global state. */
export interface ChartContext extends Provenance {
  readonly locale: Locale;
  readonly t: Translate;
  readonly format: Format;
  readonly theme: ChartTheme;
  /** Turn animation off (snapshot tests, print). */
  readonly static?: boolean;
}
