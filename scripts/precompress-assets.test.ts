import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressFile } from './precompress-assets.ts';

describe('precompressFile', () => {
  it('writes .br and .gz copies that decompress to the file, byte for byte', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const file = path.join(dir, 'app.js');
    const text = Array.from(
      { length: 400 },
      (_, i) => `export const v${String(i)} = "Đà Nẵng ${String(i)}";`,
    ).join('\n');
    writeFileSync(file, text);
    const sizes = precompressFile(file);
    expect(sizes.br).toBeGreaterThan(0);
    expect(sizes.br).toBeLessThan(text.length);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
  });

  it('writes no copy that would be larger than the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const file = path.join(dir, 'random.wasm');
    // Incompressible bytes (a fixed pseudo-random sequence).
    let seed = 7;
    const bytes = Buffer.from(
      Array.from({ length: 4096 }, () => (seed = (seed * 48271) % 2147483647) & 0xff),
    );
    writeFileSync(file, bytes);
    expect(precompressFile(file)).toEqual({ br: 0, gz: 0 });
    expect(existsSync(`${file}.gz`)).toBe(false);
    expect(existsSync(`${file}.br`)).toBe(false);
  });
});
