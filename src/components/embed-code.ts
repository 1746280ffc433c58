import { escapeHtml } from '../charts/escape-html.ts';

export interface EmbedCodeInput {
  /** The embed's address (`embedUrl`). */
  readonly src: string;
  /** The frame's accessible name: the chart's title. */
  readonly title: string;
  /** Pixels; the width always follows the host page's column. */
  readonly height: number;
}

/** The smallest and largest heights the dialog offers; any other value is clamped. */
export const EMBED_HEIGHT_RANGE = { min: 200, max: 4000 } as const;

/** A height the iframe code can carry: a whole number of pixels within the range. */
export function embedHeight(value: number): number {
  if (!Number.isFinite(value)) return EMBED_HEIGHT_RANGE.min;
  return Math.min(EMBED_HEIGHT_RANGE.max, Math.max(EMBED_HEIGHT_RANGE.min, Math.round(value)));
}

/**
 * The HTML a host page pastes to embed one chart. Every attribute value is escaped (a title
 * names units, and a URL may carry any text a reader typed), so the code is one element whatever
 * the values hold.
 */
export function iframeCode({ src, title, height }: EmbedCodeInput): string {
  return (
    `<iframe src="${escapeHtml(src)}" width="100%" height="${String(embedHeight(height))}" ` +
    `title="${escapeHtml(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  );
}
