import type { Translate } from '../i18n/translate.ts';

/** What a citation of the page says, each piece already worded in the page's language. */
export interface CitationFacts {
  /** The document title (page, its state and the site). */
  readonly title: string;
  /** The site's name (the app title). */
  readonly site: string;
  /** Where the figures come from (the sources line), or null before the data is loaded. */
  readonly sources: string | null;
  /** Whether any figure the page shows is the synthetic sample. */
  readonly synthetic: boolean;
  /** The latest month of the data the page shows, worded ("Tháng 10/2026"), or null. */
  readonly dataDate: string | null;
  /** The year of that month, for the APA date; null without one. */
  readonly dataYear: string | null;
  readonly url: string;
  /** Today, worded in the page's locale. */
  readonly accessed: string;
}

/** Sentences end with one full stop, whatever the piece ends with. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** A plain-text citation: title, publisher, the figures' source and date, URL, access date. */
export function plainCitation(facts: CitationFacts, t: Translate): string {
  return [
    sentence(facts.title),
    sentence(t('cite.publisher', { site: facts.site })),
    facts.synthetic ? t('cite.synthetic') : null,
    facts.sources === null ? null : sentence(facts.sources),
    facts.dataDate === null ? null : t('cite.dataDate', { date: facts.dataDate }),
    t('cite.url', { url: facts.url }),
    t('cite.accessed', { date: facts.accessed }),
  ]
    .filter((part) => part !== null)
    .join(' ');
}

/**
 * An APA-like reference: "Site. (year). Title [kind]. Retrieved date, from URL". The kind says
 * when the figures are synthetic, so the mark survives a shortened reference.
 */
export function apaCitation(facts: CitationFacts, t: Translate): string {
  const kind = t(facts.synthetic ? 'cite.apaKindSynthetic' : 'cite.apaKind');
  return [
    sentence(facts.site),
    `(${facts.dataYear ?? t('cite.noDate')}).`,
    `${facts.title} [${kind}].`,
    t('cite.apaRetrieved', { date: facts.accessed, url: facts.url }),
  ].join(' ');
}

/** Today's calendar date where the reader is, as `YYYY-MM-DD` (for `format.date`). */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
