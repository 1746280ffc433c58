/** How the bytes of an uploaded file were read. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: 'binary' | 'unknown_encoding' };

// Letters and marks Vietnamese text has: what makes a Windows-1258 reading credible rather than
// a guess. Tested on the decomposed (NFD) text, so a letter with two marks (ệ = e + circumflex +
// dot below) counts as surely as one with one: đ, the circumflex, breve and horn, and the five
// tone marks (grave, acute, tilde, hook above, dot below).
const VIETNAMESE_NFD = /[đĐ]|[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;

/** Does the text read as Vietnamese (what makes a Windows-1258 reading credible)? */
export function looksVietnamese(text: string): boolean {
  return VIETNAMESE_NFD.test(text.normalize('NFD'));
}
// C1 controls: what Windows-1258 decoding yields for bytes the code page does not define.
export const C1_CONTROLS = /[\u0080-\u009f]/u;

/**
 * Reads a file's bytes as text, never silently: UTF-8 with or without a BOM, UTF-16 with a BOM,
 * or, when the bytes are not valid UTF-8, Windows-1258 (Excel's "CSV (Comma delimited)" on a
 * Vietnamese Windows) if that reads as Vietnamese. Anything else is refused with a reason, so no
 * replacement character (U+FFFD) ever stands in for a letter. `head`: the bytes are only the
 * start of the file (a trailing cut character is not an error).
 */
export function decodeText(bytes: Uint8Array, head = false): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes.subarray(3), head);
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', head);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be', head);
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const asUtf8 = utf8(bytes, head);
  if (asUtf8.ok) return asUtf8;
  // Valid multi-byte sequences beside the invalid bytes: damaged UTF-8, not another code page
  // (read as Windows-1258 it would turn every accented letter into two wrong ones).
  if (hasUtf8Sequence(bytes)) return { ok: false, reason: 'unknown_encoding' };
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  return looksVietnamese(text) && !C1_CONTROLS.test(text)
    ? { ok: true, text, encoding: 'windows-1258' }
    : { ok: false, reason: 'unknown_encoding' };
}

function utf8(bytes: Uint8Array, head: boolean): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: head });
    return text.includes('\u0000')
      ? { ok: false, reason: 'binary' }
      : { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: 'unknown_encoding' };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', head: boolean): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: head });
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: 'unknown_encoding' };
  }
}

/** Does any 2- to 4-byte UTF-8 sequence occur (a lead byte followed by its continuations)? */
export function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i] ?? 0;
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) continue;
    let continued = true;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) continued = false;
    }
    if (continued) return true;
  }
  return false;
}
