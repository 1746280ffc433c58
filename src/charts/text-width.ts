/*
 * A text's width estimated from its characters, for a builder that must reserve room for labels
 * without a canvas to measure them on (builders are pure). The widths, in ems, are those of a
 * wide sans-serif (DejaVu Sans, Debian's default; system-ui, Segoe UI, Roboto and Arial are
 * narrower), so the estimate errs on the wide side. Diacritics add no width: the text is
 * compared letter by letter once its combining marks are set apart (NFD).
 */

const NARROW = /^[fijlrtI|!.,:;']$/;
const WIDE = /^[mwMW]$/;

function classifiedWidth(char: string): number {
  if (/\p{M}/u.test(char)) return 0;
  if (char === ' ') return 0.32;
  if (NARROW.test(char)) return 0.36;
  if (WIDE.test(char)) return 0.98;
  if (/\p{Nd}/u.test(char)) return 0.64;
  if (/\p{Lu}/u.test(char)) return 0.76;
  if (/\p{Ll}/u.test(char)) return 0.63;
  return 0.8;
}

// Labels of the same units are measured on every switch: each character is classified once.
const widths = new Map<string, number>();

function charWidth(char: string): number {
  let width = widths.get(char);
  if (width === undefined) {
    width = classifiedWidth(char);
    widths.set(char, width);
  }
  return width;
}

/** The width of `text` in px at `fontSize` px, estimated (see above). */
export function estimatedTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text.normalize('NFD')) ems += charWidth(char);
  return ems * fontSize;
}
