import { foldVietnamese } from '../../data/fold-vietnamese.ts';
import type { UnitType } from '../../data/schema.ts';

/** A unit's name as the portal writes it, taken apart. */
export interface PortalName {
  /** The name without "UBND", the unit type and the province suffix: "Bình Xuyên". */
  readonly name: string;
  /** From the prefix ("xã", "phường", "đặc khu"); null for an agency or an unknown prefix. */
  readonly type: UnitType | null;
  /** The province the suffix names ("Tỉnh Phú Thọ" → "Phú Thọ"), or null without a suffix. */
  readonly province: string | null;
}

// "UBND xã Tam Sơn - Tỉnh Phú Thọ", "Sở Công Thương - Tỉnh Phú Thọ", "… - Thành phố Đà Nẵng".
const PROVINCE_SUFFIX = /\s+[-–]\s+(?:tỉnh|thành phố|tp\.?)\s+(.+)$/iu;
const COMMITTEE_PREFIX = /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/iu;

/** Unit types by their folded prefix words; the longest prefixes first. */
const TYPE_PREFIXES: readonly { readonly words: readonly string[]; readonly type: UnitType }[] = [
  { words: ['dac', 'khu'], type: 'dac_khu' },
  { words: ['phuong'], type: 'phuong' },
  { words: ['xa'], type: 'xa' },
];

/**
 * Reads "UBND xã Bình Xuyên", "UBND Phường Việt Trì" or "UBND xã Tam Sơn - Tỉnh Phú Thọ": case
 * and the tone placement of the prefix vary, the suffix is optional. The name keeps its own
 * spelling (NFC); only the prefix and suffix are matched folded. `knownProvince` (the file's
 * province) also strips a bare " - Gia Lai" suffix.
 */
export function parsePortalName(raw: string, knownProvince: string | null = null): PortalName {
  let text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  let province: string | null = null;
  const suffix = PROVINCE_SUFFIX.exec(text);
  if (suffix?.[1] !== undefined) {
    province = suffix[1].trim();
    text = text.slice(0, suffix.index).trim();
  } else if (knownProvince !== null) {
    // "UBND xã Kông Bơ La - Gia Lai": the province's bare name as a suffix.
    const bare = / [-–] ([^-–]+)$/u.exec(text);
    if (bare?.[1] !== undefined && foldVietnamese(bare[1]) === foldVietnamese(knownProvince)) {
      province = knownProvince;
      text = text.slice(0, bare.index).trim();
    }
  }
  const committee = COMMITTEE_PREFIX.exec(text);
  if (committee === null) return { name: text, type: null, province };
  const rest = text.slice(committee[0].length).trim();
  const words = rest.split(' ');
  for (const prefix of TYPE_PREFIXES) {
    const head = words.slice(0, prefix.words.length).map((word) => foldVietnamese(word));
    if (head.length === prefix.words.length && head.every((word, i) => word === prefix.words[i])) {
      const name = words.slice(prefix.words.length).join(' ');
      if (name !== '') return { name, type: prefix.type, province };
    }
  }
  return { name: rest, type: null, province };
}

const PROVINCE_PREFIX = /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:tỉnh|thành phố|tp\.?)\s+/iu;

/** "UBND tỉnh Phú Thọ", "UBND Thành phố Hà Nội" → "Phú Thọ", "Hà Nội". */
export function parseProvinceName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(PROVINCE_PREFIX, '');
}
