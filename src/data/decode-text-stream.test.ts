import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { createTextStreamDecoder } from './decode-text-stream.ts';

/** Decodes `bytes` cut into chunks of `size` bytes, the way a file stream hands them over. */
function decodeInChunks(bytes: Uint8Array, size: number) {
  const decoder = createTextStreamDecoder();
  let text = '';
  for (let start = 0; start < bytes.length; start += size) {
    text += decoder.push(bytes.subarray(start, start + size));
  }
  const end = decoder.end();
  return end.ok ? { ...end, text: text + end.text } : end;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The UTF-16 code units of a text. */
const units = (text: string) => Array.from({ length: text.length }, (_, at) => text.charCodeAt(at));
const bytes = (...values: number[]) => new Uint8Array(values);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

// Windows-1258: "ã" is a + 0xDE (combining tilde), "â" 0xE2, "Đ" 0xD0, "à" 0xE0.
const VIETNAMESE_1258 = bytes(
  ...utf8('Ma'),
  0xde,
  ...utf8(' x'),
  0xe2,
  ...utf8(';T'),
  0xea,
  ...utf8('n\n'),
  0xd0,
  0xe0,
  ...utf8('\n'),
);
const NAME = 'code,name\n20242,Hải Châu\n20400,Chiên Đàn\n';

const CASES: readonly (readonly [string, Uint8Array])[] = [
  ['empty', new Uint8Array(0)],
  ['ASCII', utf8('code,name\n1,a\n')],
  ['UTF-8', utf8(NAME)],
  ['UTF-8 with a BOM', join(bytes(0xef, 0xbb, 0xbf), utf8(NAME))],
  ['UTF-8 with two BOMs', join(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), utf8('a'))],
  ['a BOM only', bytes(0xef, 0xbb, 0xbf)],
  ['UTF-8 with a BOM and a NUL', join(bytes(0xef, 0xbb, 0xbf), utf8('a\u0000b'))],
  ['UTF-8 with a BOM and a bad byte', join(bytes(0xef, 0xbb, 0xbf), utf8('Hải'), bytes(0xff))],
  ['a NUL and bad bytes', bytes(0x61, 0x81, 0x00, 0x62)],
  ['bad bytes then a late NUL', join(bytes(0x61, 0x81, 0x8d), utf8('x'.repeat(40)), bytes(0))],
  [
    'UTF-16LE',
    join(bytes(0xff, 0xfe), ...units(NAME).map((unit) => bytes(unit & 0xff, unit >> 8))),
  ],
  [
    'UTF-16BE',
    join(bytes(0xfe, 0xff), ...units(NAME).map((unit) => bytes(unit >> 8, unit & 0xff))),
  ],
  ['UTF-16 cut in a unit', bytes(0xff, 0xfe, 0x61, 0x00, 0x62)],
  ['a zip file', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00)],
  ['Windows-1258 Vietnamese', VIETNAMESE_1258],
  ['ASCII, then Windows-1258 far into the file', join(utf8('a,b\n'.repeat(50)), VIETNAMESE_1258)],
  ['Windows-1258 that is not Vietnamese', bytes(0x61, 0xe9, 0x62, 0x0a)],
  ['C1 controls', bytes(0x61, 0x81, 0x8d, 0x62, 0x0a)],
  ['damaged UTF-8', join(utf8('20242,Hải'), bytes(0xff), utf8(' Châu\n'))],
  ['damaged UTF-8 after many lines', join(utf8('Hải\n'.repeat(30)), bytes(0xff))],
  ['a valid sequence after a bad byte', join(utf8('ab'), bytes(0xff), utf8('cả'))],
  ['UTF-8 cut at the end', utf8('Hải Châu').subarray(0, 11)],
  ['a lone lead byte in 1258 text', join(VIETNAMESE_1258, bytes(0xc3))],
  ['a combining mark cut from its letter', bytes(0x61, 0xde, 0x0a, 0x61, 0xde)],
];

describe('createTextStreamDecoder', () => {
  it.each(CASES)('decodes %s as decodeText does, however the bytes are cut', (_, input) => {
    const whole = decodeText(input);
    for (const size of [1, 2, 3, 4, 5, 7, 16, 64, Math.max(1, input.length)]) {
      expect(decodeInChunks(input, size), `chunks of ${String(size)}`).toEqual(whole);
    }
  });

  it('hands text on as it comes, before the end of the file', () => {
    const decoder = createTextStreamDecoder();
    // ASCII so far: it could still be Windows-1258, where a combining mark could follow "H".
    expect(decoder.push(utf8('code,name\n20242,H'))).toBe('code,name\n');
    // "ả" is E1 BA A3: cut after its first byte, it waits for the rest.
    const rest = utf8('ải Châu\n');
    expect(decoder.push(rest.subarray(0, 1))).toBe('');
    expect(decoder.push(rest.subarray(1))).toBe('20242,Hải Châu\n');
    expect(decoder.end()).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('says at once when the bytes cannot be text, and still names the reason at the end', () => {
    const decoder = createTextStreamDecoder();
    decoder.push(utf8('Hải\n'));
    expect(decoder.failed).toBe(false);
    decoder.push(bytes(0xff));
    expect(decoder.failed).toBe(true);
    expect(decoder.push(utf8('more\n'))).toBe('');
    expect(decoder.end()).toEqual({ ok: false, reason: 'unknown_encoding' });
  });
});
