import { defineSearch, field } from './define-search.ts';
import { patchSearch } from './route.ts';

/**
 * The embed params every page accepts: `embed=1` shows one chart alone (for an iframe) and
 * `figure` names it by its `data-chart` name (absent: the page's first chart). The chart's name
 * is not `chart` because the dossiers page already has a `chart` param (its chart mode).
 */
export const EMBED_SEARCH = defineSearch({
  embed: field.flag(),
  figure: field.text(),
});

function withSearch(href: string, change: (search: string) => string): string {
  const url = new URL(href);
  url.search = change(url.search);
  url.hash = '';
  return url.toString();
}

/** The address of one chart of the page at `href`, alone, with the page's own state. */
export function embedUrl(href: string, figure: string): string {
  return withSearch(href, (search) =>
    patchSearch(search, EMBED_SEARCH.write({ embed: true, figure })),
  );
}

/** The address of the whole page an embed shows a chart of: the same state, no embed params. */
export function fullViewUrl(href: string): string {
  return withSearch(href, (search) =>
    patchSearch(search, EMBED_SEARCH.write({ embed: false, figure: null })),
  );
}
