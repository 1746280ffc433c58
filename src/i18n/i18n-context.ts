import { createContext, useContext } from 'react';
import type { Format } from './format.ts';
import type { Locale } from './locale.ts';
import type { Translate } from './translate.ts';

export interface I18n {
  readonly locale: Locale;
  readonly t: Translate;
  readonly format: Format;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('I18nContext is missing');
  return i18n;
}
