import { en } from './en.ts';
import type { Locale } from './locale.ts';
import { vi, type MessageKey } from './vi.ts';

export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { vi, en };

/** A pure `t` for one locale: fills `{name}` placeholders; unknown placeholders stay visible. */
export function createTranslate(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      return value === undefined ? match : String(value);
    });
}
