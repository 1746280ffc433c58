import type { DatasetId } from '../data/schema.ts';
import type { Format } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ChartTheme } from './theme.ts';

/**
 * Where one dataset's figures come from: the synthetic sample published with the site, published
 * reference figures (real), a file the user uploaded (named as they named it), or nothing (the
 * dataset was cleared because an uploaded units file made its codes meaningless).
 */
export type DataSource =
  | { readonly kind: 'sample' }
  | { readonly kind: 'reference' }
  | { readonly kind: 'upload'; readonly file: string }
  | { readonly kind: 'cleared' };

/** Where the figures of the dataset a chart or a table shows come from, as the loaded data says. */
export interface Provenance {
  /** The data is the synthetic sample: the chart's own text must say so (exports included). */
  readonly synthetic: boolean;
  readonly source: DataSource;
}

/** The provenance of a source: `synthetic` follows from it, so the two never disagree. */
export function provenanceOf(source: DataSource): Provenance {
  return { synthetic: source.kind === 'sample', source };
}

/** The provenance of every dataset of the loaded data. */
export type DatasetProvenance = Readonly<Record<DatasetId, Provenance>>;

/** Everything a builder may know besides its rows. Builders never read global state. */
export interface ChartContext extends Provenance {
  readonly locale: Locale;
  readonly t: Translate;
  readonly format: Format;
  readonly theme: ChartTheme;
  /** Turn animation off (snapshot tests, print). */
  readonly static?: boolean;
}
