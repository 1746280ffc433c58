import { en } from './en.ts';
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

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, Message>>>> = { vi, en };

/**
 * A pure `t` for one locale: picks a plural message's form for `params.count`
 * (`Intl.PluralRules`), then fills `{name}` placeholders; unknown placeholders stay visible.
 */
export function createTranslate(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
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
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return plural && name === 'count' && typeof value === 'number'
        ? counts.format(value)
        : String(value);
    });
  };
}
