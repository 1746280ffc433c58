import type { Locale } from './locale.ts';

/**
 * Vietnamese proper names inside the page's text. Names (units, provinces, former districts) are
 * never translated, but an English page marks them `lang="vi"` so that screen readers switch
 * voice and browsers hyphenate them as Vietnamese; these pure helpers say which parts are names.
 */
export interface NamePart {
  readonly text: string;
  /** A Vietnamese name (or a text left in Vietnamese): to be marked `lang="vi"`. */
  readonly vietnamese: boolean;
}

// Letters only Vietnamese uses: đ, and a Latin letter with a combining mark once decomposed.
const VIETNAMESE_LETTERS = /[đĐ]|[A-Za-z][\u0300-\u0323]/;

/**
 * Whether a text of unknown language (a source named in the data, a header alias) is written in
 * Vietnamese, judged by its letters: "Niên giám thống kê" is, "Population source" is not.
 */
export function isVietnamese(text: string): boolean {
  return VIETNAMESE_LETTERS.test(text.normalize('NFD'));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` cut around each occurrence of one of `names` (whole words only; the longest name wins,
 * so "Hội An Tây" is not cut as "Hội An" + " Tây").
 */
export function splitNames(text: string, names: readonly string[]): NamePart[] {
  const wanted = [...new Set(names.map((name) => name.normalize('NFC').trim()))]
    .filter((name) => name !== '')
    .sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, vietnamese: false }];
  const pattern = new RegExp(
    `(?<!\\p{L})(?:${wanted.map(escapeRegExp).join('|')})(?!\\p{L})`,
    'gu',
  );
  const parts: NamePart[] = [];
  const source = text.normalize('NFC');
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last)
      parts.push({ text: source.slice(last, match.index), vietnamese: false });
    parts.push({ text: match[0], vietnamese: true });
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last), vietnamese: false });
  return parts;
}

/**
 * The administrative words a former district is written with ("Huyện Núi Thành, tỉnh Quảng Nam",
 * "Quận Hải Châu, TP Đà Nẵng cũ") and their English, where the name comes first.
 */
const LEVELS: readonly (readonly [RegExp, string])[] = [
  [/^huyện\s+/iu, 'district'],
  [/^quận\s+/iu, 'district'],
  [/^thị\s+xã\s+/iu, 'town'],
  [/^(?:thành\s+phố\s+|tp\.\s*|tp\s+)/iu, 'city'],
  [/^tỉnh\s+/iu, 'province'],
];
const FORMER = /\s+cũ$/u;

/** One comma-separated place of a former district, in English: "TP Đà Nẵng cũ" → "former Đà Nẵng city". */
function englishPlace(place: string): NamePart[] {
  const former = FORMER.test(place);
  let name = place.replace(FORMER, '').trim();
  let level: string | null = null;
  for (const [prefix, english] of LEVELS) {
    if (prefix.test(name)) {
      name = name.replace(prefix, '').trim();
      level = english;
      break;
    }
  }
  const parts: NamePart[] = [];
  if (former) parts.push({ text: 'former ', vietnamese: false });
  parts.push({ text: name, vietnamese: true });
  if (level !== null) parts.push({ text: ` ${level}`, vietnamese: false });
  return parts;
}

/**
 * One former district as the page shows it: Vietnamese as written; English with the
 * administrative words translated and the names kept ("Quận Hải Châu, TP Đà Nẵng cũ" →
 * "Hải Châu district, former Đà Nẵng city").
 */
export function formerDistrictParts(district: string, locale: Locale): NamePart[] {
  const text = district.normalize('NFC').trim();
  if (text === '') return [];
  if (locale === 'vi') return [{ text, vietnamese: true }];
  const places = text
    .split(',')
    .map((place) => place.trim())
    .filter((place) => place !== '');
  return places.flatMap((place, index) => [
    ...(index === 0 ? [] : [{ text: ', ', vietnamese: false }]),
    ...englishPlace(place),
  ]);
}

/** The same as plain text, for where markup cannot go (an `<option>`, a file, an attribute). */
export function formatFormerDistrict(district: string, locale: Locale): string {
  return formerDistrictParts(district, locale)
    .map((part) => part.text)
    .join('');
}
