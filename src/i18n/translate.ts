import { INTL_LOCALE, type Locale } from './locale.ts';
import { pluralForm, type Message } from './plural.ts';
import { vi, type MessageKey, type PluralKey } from './vi.ts';

export type TranslateParams = Readonly<Record<string, string | number>>;
/** A plural message's params: `count` picks the form and is shown in the locale's digits. */
export type PluralParams = TranslateParams & { readonly count: number };
/** A plural message must be given its count; any other message takes optional params. */
export type ParamsOf<K extends MessageKey> = K extends PluralKey
  ? [params: PluralParams]
  : [params?: TranslateParams];
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

type Catalogue = Readonly<Record<MessageKey, Message>>;

// Vietnamese ships with the page; English is a chunk of its own, fetched when first asked for.
const catalogues: Partial<Record<Locale, Catalogue>> = { vi };
const loading = new Map<Locale, Promise<void>>();

/** True when `createTranslate(locale)` can be called now. */
export const catalogueReady = (locale: Locale): boolean => catalogues[locale] !== undefined;

/** Fetches a locale's catalogue once (a failed fetch is tried again on the next call). */
export function loadCatalogue(locale: Locale): Promise<void> {
  if (catalogueReady(locale)) return Promise.resolve();
  const pending =
    loading.get(locale) ??
    import('./en.ts')
      .then((module) => {
        catalogues.en = module.en;
      })
      .finally(() => loading.delete(locale));
  loading.set(locale, pending);
  return pending;
}

/**
 * A pure `t` for one locale whose catalogue is loaded (`loadCatalogue`; Vietnamese always is):
 * picks a plural message's form for `params.count` (`Intl.PluralRules`), then fills `{name}`
 * placeholders; unknown placeholders stay visible.
 */
export function createTranslate(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  if (catalogue === undefined) throw new Error(`The ${locale} messages are not loaded yet`);
  const rules = new Intl.PluralRules(INTL_LOCALE[locale]);
  const counts = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
  return (key, ...rest) => {
    const params: TranslateParams = rest[0] ?? {};
    const message = catalogue[key];
    const count = params.count;
    const plural = typeof message !== 'string' && typeof count === 'number';
    const text =
      typeof message === 'string'
        ? message
        : plural
          ? pluralForm(message, count, rules)
          : message.other;
    const parts = templateParts(text);
    if (parts.length === 1) return text;
    let filled = '';
    for (let index = 0; index < parts.length; index += 1) {
      const part = parts[index] ?? '';
      if (index % 2 === 0) {
        filled += part;
        continue;
      }
      const value = params[part];
      filled +=
        value === undefined
          ? `{${part}}`
          : plural && part === 'count' && typeof value === 'number'
            ? counts.format(value)
            : String(value);
    }
    return filled;
  };
}

// A message's text cut at its `{name}` placeholders, once per text: a table of 94 rows asks for
// the same few messages hundreds of times in one render.
const templates = new Map<string, readonly string[]>();

/** Text and placeholder names alternately: even indices are text, odd ones are names. */
function templateParts(text: string): readonly string[] {
  let parts = templates.get(text);
  if (parts === undefined) {
    parts = text.split(/\{(\w+)\}/);
    templates.set(text, parts);
  }
  return parts;
}
