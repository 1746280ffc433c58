/**
 * Folds Vietnamese text for matching: no tone or vowel marks, `đ` as `d`, lower case, single
 * spaces. "Chiên Đàn", "chien dan" and "CHIEN  DAN" fold alike, and so do the old and new tone
 * placements "Hòa" and "Hoà", which differ even after Unicode normalisation.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does every word of the query start a word of the text (both folded)? */
export function matchesFolded(foldedText: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  const words = foldedText.split(/[\s,;()/-]+/);
  return foldedQuery
    .split(' ')
    .every((part) => words.some((word) => word.startsWith(part)) || foldedText.includes(part));
}
