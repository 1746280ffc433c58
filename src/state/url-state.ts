import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.ts';

/** The view state that lives in the URL, so a copied link reopens the same view. */
export interface UrlState {
  readonly locale: Locale;
  /** `YYYY-MM`, or null for "the latest month". */
  readonly month: string | null;
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Reads the state from a query string; anything unknown or malformed falls back to defaults. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const month = params.get('month');
  return {
    locale: LOCALES.find((locale) => locale === lang) ?? DEFAULT_LOCALE,
    month: month !== null && MONTH_PATTERN.test(month) ? month : null,
  };
}

/** Writes the state back, keeping unrelated params and omitting defaults for short links. */
export function serializeUrlState(state: UrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  if (state.locale === DEFAULT_LOCALE) params.delete('lang');
  else params.set('lang', state.locale);
  if (state.month === null) params.delete('month');
  else params.set('month', state.month);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
