import {
  C1_CONTROLS,
  hasUtf8Sequence,
  looksVietnamese,
  type DecodedText,
  type TextEncoding,
} from './decode-text.ts';

/** The end of a streamed decode: the last text, or why the file is not text (`decodeText`'s reasons). */
export type StreamDecodeEnd = DecodedText;

export interface TextStreamDecoder {
  /** Decodes the next bytes. Returns the text they complete ('' while a character is cut). */
  push(bytes: Uint8Array): string;
  /** No more bytes: the last text, or the reason the whole file is refused. */
  end(): StreamDecodeEnd;
  /** Once true the file will be refused: no more text comes; `end()` names the reason. */
  readonly failed: boolean;
}

type Mode = 'start' | TextEncoding;
type Failure = 'binary' | 'unknown_encoding';

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * `decodeText` over a stream of byte chunks, with the same outcome for every file and every way
 * of cutting it: UTF-8 with or without a BOM, UTF-16 with a BOM, or Windows-1258 when the bytes
 * are not UTF-8 and read as Vietnamese; refused as `binary` or `unknown_encoding` otherwise.
 * Text is handed on as it is decoded, so a refusal can come after some text (a Windows-1258
 * reading is only credible once the whole file has been seen): the caller must then drop what
 * it built from that text. A refused file's bytes are still read to the end when the reason
 * could change (a NUL byte later on makes an undecodable file `binary`, as `decodeText` says).
 */
export function createTextStreamDecoder(): TextStreamDecoder {
  let mode: Mode = 'start';
  let bomUtf8 = false;
  let head: Uint8Array = new Uint8Array(0);
  let decoder: TextDecoder | undefined;
  let failure: Failure | null = null;
  // No BOM: a NUL byte anywhere makes the file binary, whatever else is wrong with it.
  let zeroSeen = false;
  // UTF-8 with a BOM: a NUL character, binary unless the bytes also fail to decode.
  let nulSeen = false;
  // Whether a complete multi-byte UTF-8 sequence has been decoded (or seen, once in 1258).
  let sequenceSeen = false;
  // The last bytes of the previous chunk: a sequence or a cut character may straddle chunks.
  let tail: Uint8Array = new Uint8Array(0);
  // Windows-1258 (or ASCII that may turn out to be): text after the last line break waits for
  // the combining marks that may follow it, to be composed with them (NFC).
  let pending1258 = '';
  let vietnamese = false;

  const fail = (reason: Failure) => {
    failure ??= reason;
    return '';
  };

  function start(bytes: Uint8Array): Uint8Array {
    const [b0, b1, b2] = bytes;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
      mode = 'utf-8';
      decoder = new TextDecoder('utf-8', { fatal: true });
      bomUtf8 = true;
      return bytes.subarray(3);
    }
    if (b0 === 0xff && b1 === 0xfe) return startUtf16('utf-16le', bytes);
    if (b0 === 0xfe && b1 === 0xff) return startUtf16('utf-16be', bytes);
    mode = 'utf-8';
    decoder = new TextDecoder('utf-8', { fatal: true });
    return bytes;
  }

  function startUtf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Uint8Array {
    mode = encoding;
    decoder = new TextDecoder(encoding, { fatal: true });
    return bytes.subarray(2);
  }

  function decode(bytes: Uint8Array, last: boolean): string {
    if (mode === 'windows-1258') return decode1258(bytes, last);
    if (failure !== null) {
      if (mode === 'utf-8' && !bomUtf8 && bytes.includes(0)) failure = 'binary';
      return '';
    }
    if (mode === 'utf-8' && !bomUtf8 && bytes.includes(0)) {
      zeroSeen = true;
      return fail('binary');
    }
    let text: string;
    try {
      text = (decoder ?? new TextDecoder()).decode(bytes, { stream: !last });
    } catch {
      if (mode === 'utf-8' && !bomUtf8) return switchTo1258(bytes, last);
      return fail('unknown_encoding');
    }
    if (mode === 'utf-8') {
      if (bomUtf8 && text.includes('\u0000')) nulSeen = true;
      if (!sequenceSeen && NON_ASCII.test(text)) sequenceSeen = true;
      tail = lastBytes(tail, bytes);
    }
    if (nulSeen) return '';
    if (mode !== 'utf-8' || bomUtf8 || sequenceSeen) return flushAscii(text);
    // Still ASCII, so maybe Windows-1258 further on, where a combining mark may follow the
    // last letter: the text after the last line break waits (see `pending1258`).
    const raw = pending1258 + text;
    const cut = last ? raw.length : raw.lastIndexOf('\n') + 1;
    pending1258 = raw.slice(cut);
    return raw.slice(0, cut);
  }

  function flushAscii(text: string): string {
    const held = pending1258;
    pending1258 = '';
    return held + text;
  }

  // The bytes are not UTF-8. Everything handed on so far was ASCII (a multi-byte character
  // would have been a UTF-8 sequence), which reads the same in Windows-1258: go on in 1258
  // from the character the UTF-8 decoder was holding, unless a sequence says damaged UTF-8.
  function switchTo1258(bytes: Uint8Array, last: boolean): string {
    const held = heldLead(tail);
    const rest = concat(held, bytes);
    if (sequenceSeen || hasUtf8Sequence(rest)) return fail('unknown_encoding');
    mode = 'windows-1258';
    decoder = new TextDecoder('windows-1258');
    tail = new Uint8Array(0);
    return decode1258(rest, last);
  }

  function decode1258(bytes: Uint8Array, last: boolean): string {
    if (bytes.includes(0)) {
      zeroSeen = true;
      failure = 'binary';
      return '';
    }
    if (failure !== null) return '';
    const seen = concat(tail, bytes);
    if (hasUtf8Sequence(seen)) return fail('unknown_encoding');
    tail = lastBytes(tail, bytes);
    const raw = pending1258 + (decoder ?? new TextDecoder('windows-1258')).decode(bytes);
    const cut = last ? raw.length : raw.lastIndexOf('\n') + 1;
    pending1258 = raw.slice(cut);
    const text = raw.slice(0, cut).normalize('NFC');
    if (C1_CONTROLS.test(text)) return fail('unknown_encoding');
    if (!vietnamese && looksVietnamese(text)) vietnamese = true;
    return text;
  }

  function push(bytes: Uint8Array, last: boolean): string {
    let chunk = bytes;
    if (mode === 'start') {
      head = concat(head, bytes);
      if (head.length < 3 && !last) return '';
      chunk = start(head);
      head = new Uint8Array(0);
    }
    return decode(chunk, last);
  }

  return {
    push: (bytes) => push(bytes, false),
    end() {
      const text = push(new Uint8Array(0), true);
      if (zeroSeen) return { ok: false, reason: 'binary' };
      if (failure !== null) return { ok: false, reason: failure };
      if (nulSeen) return { ok: false, reason: 'binary' };
      if (mode === 'windows-1258' && !vietnamese) return { ok: false, reason: 'unknown_encoding' };
      return { ok: true, text, encoding: mode === 'start' ? 'utf-8' : mode };
    },
    get failed() {
      return failure !== null || nulSeen;
    },
  };
}

/** The last 3 bytes read: enough for a sequence or a character cut between two chunks. */
function lastBytes(tail: Uint8Array, bytes: Uint8Array): Uint8Array {
  const recent = bytes.length >= 3 ? bytes : concat(tail, bytes);
  return recent.slice(Math.max(0, recent.length - 3));
}

/** The start of a multi-byte character cut at the end of `tail`, which a UTF-8 decoder holds. */
function heldLead(tail: Uint8Array): Uint8Array {
  for (let i = tail.length - 1; i >= 0; i -= 1) {
    const byte = tail[i] ?? 0;
    if (byte < 0x80) return new Uint8Array(0);
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return tail.length - i < length ? tail.slice(i) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
