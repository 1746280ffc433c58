import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const NAME = 'Mã xã;Tên xã\n20242;Hải Châu\n20400;Chiên Đàn\n';

// Windows-1258 bytes for NAME: base letters, Vietnamese vowels and combining tone marks.
const CP1258: Readonly<Record<string, readonly number[]>> = {
  ã: [0x61, 0xde],
  ả: [0x61, 0xd2],
  â: [0xe2],
  ê: [0xea],
  Đ: [0xd0],
  à: [0xe0],
};
function windows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const mapped = CP1258[char];
    if (mapped !== undefined) bytes.push(...mapped);
    else if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else throw new Error(`no mapping for ${char}`);
  }
  return new Uint8Array(bytes);
}

const utf16le = (text: string) => {
  const bytes = [0xff, 0xfe];
  for (const char of text) {
    const unit = char.charCodeAt(0);
    bytes.push(unit & 0xff, unit >> 8);
  }
  return new Uint8Array(bytes);
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(NAME);
    expect(decodeText(plain)).toEqual({ ok: true, text: NAME, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(bom)).toEqual({ ok: true, text: NAME, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(utf16le(NAME))).toEqual({ ok: true, text: NAME, encoding: 'utf-16le' });
  });

  it('reads a Windows-1258 file as Vietnamese, composed (NFC)', () => {
    const decoded = decodeText(windows1258(NAME));
    expect(decoded).toEqual({ ok: true, text: NAME, encoding: 'windows-1258' });
  });

  it('refuses bytes that are neither UTF-8 nor Vietnamese in Windows-1258', () => {
    expect(decodeText(new Uint8Array([0x61, 0x81, 0x8d, 0x62, 0x0a]))).toEqual({
      ok: false,
      reason: 'unknown_encoding',
    });
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({
      ok: false,
      reason: 'binary',
    });
  });

  it('accepts a character cut at the end of a head sample only', () => {
    // Cut inside "â" (C3 A2), after a complete "ả".
    const bytes = new TextEncoder().encode('code,name\nHải Châu').subarray(0, 19);
    expect(decodeText(bytes, true)).toMatchObject({ ok: true, text: 'code,name\nHải Ch' });
    expect(decodeText(bytes)).toMatchObject({ ok: false });
  });

  it('refuses damaged UTF-8 rather than reading it as Windows-1258', () => {
    const bytes = new TextEncoder().encode('code,name\n20242,Hải Châu\n');
    const damaged = new Uint8Array([...bytes.subarray(0, 12), 0xff, ...bytes.subarray(12)]);
    expect(decodeText(damaged)).toEqual({ ok: false, reason: 'unknown_encoding' });
  });
});
