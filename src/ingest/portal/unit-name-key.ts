import { foldVietnamese } from '../../data/fold-vietnamese.ts';

// Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
// Old placement puts the tone on the first vowel of "oa", "oe", "uy" ("hòa", "khỏe", "thủy"),
// new placement on the second ("hoà", "khoẻ", "thuỷ"); both spellings are in official lists.
const OLD_PLACEMENT = new RegExp(`([oOuU])(${TONE})([aAeEyY])(?![\\p{L}])`, 'gu');

/**
 * A unit name as a strict matching key: NFC, lower case, single spaces, and the tone of "oa",
 * "oe", "uy" at the end of a syllable always on the second vowel. "Hòa Vang" and "HOÀ VANG"
 * share a key; "Hóa An" and "Hòa An" do not.
 */
export function strictNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(OLD_PLACEMENT, '$1$3$2')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The loose key: no marks at all, `đ` as `d` (a name typed without diacritics). */
export function looseNameKey(name: string): string {
  return foldVietnamese(name);
}
