import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.ts';
import {
  defineSearch,
  field,
  type Search,
  type SearchFields,
  type SearchParamsLike,
  type SearchPatch,
  type SearchState,
} from './define-search.ts';

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

/** The params every page shares: the page itself and the language. */
export const GLOBAL_SEARCH = defineSearch({
  view: field.choice(VIEW_IDS, DEFAULT_VIEW),
  lang: field.choice(LOCALES, DEFAULT_LOCALE),
});
const GLOBAL_NAMES: ReadonlySet<string> = new Set(GLOBAL_SEARCH.names);

export function parseLocale(params: SearchParamsLike): Locale {
  return GLOBAL_SEARCH.parse(params).state.lang;
}

export function parseView(params: SearchParamsLike): ViewId {
  return GLOBAL_SEARCH.parse(params).state.view;
}

/** Where a link or a control takes the user: a page (absent: this one) and param changes. */
export interface SearchTarget {
  readonly view?: ViewId;
  readonly patch?: SearchPatch;
}

/** A page's schema, which also makes the links that open the page. */
export interface PageSearch<S> extends Search<S> {
  readonly view: ViewId;
  /** This page with these of its params (and, coming from another page, none of that page's). */
  readonly to: (patch?: Partial<S>) => SearchTarget;
}

export function definePageSearch<const F extends SearchFields>(
  view: ViewId,
  fields: F,
): PageSearch<SearchState<F>> {
  const search = defineSearch(fields);
  return { ...search, view, to: (patch = {}) => ({ view, patch: search.write(patch) }) };
}

/**
 * The query string after following `target`, and the one rule for what survives a page switch
 * (docs/ARCHITECTURE.md, "UI state"): the global params (`lang`; `view` itself) always survive;
 * a page's own params survive only while the user stays on that page. Leaving it drops every
 * other param, except those the target sets for the page it opens: a ranking row's link to a
 * profile carries `code` (and `lang`), not the ranking's month, sort or filters.
 */
export function nextSearch(search: string, target: SearchTarget): string {
  const current = parseView(new URLSearchParams(search));
  const changes: Record<string, string | null> = { ...target.patch };
  if (target.view !== undefined) Object.assign(changes, GLOBAL_SEARCH.write({ view: target.view }));
  const next = new URLSearchParams(patchSearch(search, changes));
  if (parseView(next) === current) return patchSearch(search, changes);
  for (const name of [...next.keys()]) {
    if (!GLOBAL_NAMES.has(name) && !Object.hasOwn(changes, name)) next.delete(name);
  }
  return patchSearch(next.toString(), {});
}

/**
 * Only the global params of a query string, sorted (`?lang=en&view=ranking`): what a link to
 * another page keeps of the current address, so its href changes only when they do.
 */
export function globalParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) {
    if (!GLOBAL_NAMES.has(name)) params.delete(name);
  }
  return patchSearch(params.toString(), {});
}

/** Raw param changes (null or '' deletes); views and components pass a `SearchPatch`. */
export type ParamChanges = Readonly<Record<string, string | null>>;

/** Applies changes to a query string and returns the new one, `?` included, params sorted. */
export function patchSearch(search: string, patch: ParamChanges): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(patch)) {
    if (value === null || value === '') params.delete(name);
    else params.set(name, value);
  }
  params.sort();
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
