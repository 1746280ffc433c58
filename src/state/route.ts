import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.ts';

/** The pages of the dashboard; `?view=` selects one (query strings need no server rewrites). */
export const VIEW_IDS = [
  'ranking',
  'commune',
  'dossiers',
  'petitions',
  'data',
  'methodology',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];
export const DEFAULT_VIEW: ViewId = 'ranking';

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const CODE_PATTERN = /^\d{5}$/;

/** Read-only view of the query string, so parsers accept URLSearchParams or a plain map. */
export interface SearchParamsLike {
  get(name: string): string | null;
}

export function parseLocale(params: SearchParamsLike): Locale {
  const lang = params.get('lang');
  return LOCALES.find((locale) => locale === lang) ?? DEFAULT_LOCALE;
}

export function parseView(params: SearchParamsLike): ViewId {
  const view = params.get('view');
  return VIEW_IDS.find((id) => id === view) ?? DEFAULT_VIEW;
}

/** `YYYY-MM` or null (null means "the latest month"). */
export function parseMonth(value: string | null): string | null {
  return value !== null && MONTH_PATTERN.test(value) ? value : null;
}

/** A 5-digit unit code or null. */
export function parseCode(value: string | null): string | null {
  return value !== null && CODE_PATTERN.test(value) ? value : null;
}

/** One of a closed list, or the fallback: for metric, sort and similar params. */
export function parseChoice<const T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** A comma-separated list filtered through `accept`, duplicates dropped, order kept. */
export function parseList(value: string | null, accept: (item: string) => boolean): string[] {
  if (value === null || value === '') return [];
  return [...new Set(value.split(',').filter(accept))];
}

export type SearchPatch = Readonly<Record<string, string | null>>;

/** Applies a patch (null deletes) to a query string and returns the new one, `?` included. */
export function patchSearch(search: string, patch: SearchPatch): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(patch)) {
    if (value === null || value === '') params.delete(name);
    else params.set(name, value);
  }
  params.sort();
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
