import fc from 'fast-check';
import type { Encoding } from './csv-recipe.ts';

const WINDOWS_1258: ReadonlyMap<string, number> = (() => {
  const decoder = new TextDecoder('windows-1258');
  const map = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (!map.has(char) && char !== '\uFFFD') map.set(char, byte);
  }
  return map;
})();

/** Windows-1258 bytes of one character: itself, or a base letter and combining tone marks. */
function char1258(char: string): number[] | null {
  const byte = WINDOWS_1258.get(char);
  if (byte !== undefined) return [byte];
  // A letter with two marks (ệ: e, dot below, circumflex) is the precomposed letter with one of
  // them (ê) followed by the other as a combining mark.
  const [letter = '', ...marks] = Array.from(char.normalize('NFD'));
  const bases = ['', ...marks].map((mark) => `${letter}${mark}`.normalize('NFC'));
  for (const [index, base] of bases.entries()) {
    const rest = marks.filter((_, other) => other !== index - 1);
    const bytes = [base, ...rest].map((part) => WINDOWS_1258.get(part));
    if (bytes.every((value) => value !== undefined)) return bytes;
  }
  return null;
}

/** Windows-1258 bytes of a text, or null when a character has none. */
function encode1258(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = char1258(char);
    if (encoded === null) return null;
    bytes.push(...encoded);
  }
  return new Uint8Array(bytes);
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index += 1) {
    view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  }
  return bytes;
}

/** A text's bytes in an encoding spreadsheets save in, with the BOM where they write one. */
export function encodeText(
  text: string,
  encoding: Encoding,
): { readonly bytes: Uint8Array; readonly encoding: Encoding } {
  const utf8 = new TextEncoder().encode(text);
  switch (encoding) {
    case 'utf-8':
      return { bytes: utf8, encoding };
    case 'utf-8-bom':
      return { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), encoding };
    case 'utf-16le':
      return { bytes: utf16(text, true), encoding };
    case 'utf-16be':
      return { bytes: utf16(text, false), encoding };
    case 'windows-1258': {
      const bytes = encode1258(text);
      return bytes === null ? { bytes: utf8, encoding: 'utf-8' } : { bytes, encoding };
    }
  }
}

/** Cuts bytes at the given offsets (any order, repeats allowed): the chunks a stream hands over. */
export function cutBytes(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((offset) => offset % (bytes.length + 1)))].sort(
    (a, b) => a - b,
  );
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

export async function* chunksOf(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) {
    yield chunk;
    await Promise.resolve();
  }
}

/** Lines with some content (not blank), however the file breaks its lines. */
export const contentLines = (text: string): number =>
  text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;

/** Random bytes, some with a BOM or a zip signature in front: what a wrong file looks like. */
export const junkBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.constant(new Uint8Array(0)),
  fc
    .tuple(
      fc.constantFrom(
        [],
        [0x50, 0x4b, 0x03, 0x04],
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        [0x00],
        [0x63, 0x6f, 0x64, 0x65, 0x0a],
      ),
      fc.uint8Array({ maxLength: 200 }),
      fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 20 }),
    )
    .map(([prefix, body, high]) => new Uint8Array([...prefix, ...body, ...high])),
);
