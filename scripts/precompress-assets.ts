import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text and WebAssembly: what a host sends compressed when the browser asks for it. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|csv|svg|wasm|txt|webmanifest)$/;
const MIN_BYTES = 1024;
/**
 * Brotli's best quality takes about 4 minutes on the 34 MB engine here (5.19 MB out) against 21 s
 * at quality 9 (5.92 MB): files above this size get quality 9, and every result is cached by the
 * content's hash, so an unchanged engine is compressed once per machine.
 */
const LARGE_BYTES = 4 * 1024 * 1024;
/** CI, which compresses from scratch on every run, asks for less (`PRECOMPRESS_LARGE_QUALITY=5`: 3 s). */
const LARGE_QUALITY = Number(process.env.PRECOMPRESS_LARGE_QUALITY ?? 9);
const CACHE_DIR = path.resolve(import.meta.dirname, '../node_modules/.cache/precompress');

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function cached(key: string, make: () => Buffer): Buffer {
  const file = path.join(CACHE_DIR, key);
  if (existsSync(file)) return readFileSync(file);
  const made = make();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside, then renamed: a build running at the same time never reads half a file.
  const partial = `${file}.${String(process.pid)}.partial`;
  writeFileSync(partial, made);
  renameSync(partial, file);
  return made;
}

/** Writes `<file>.br` and `<file>.gz` beside a file, each only if it is smaller than the file. */
export function precompressFile(file: string): { readonly br: number; readonly gz: number } {
  const content = readFileSync(file);
  const hash = createHash('sha256').update(content).digest('hex');
  const quality = content.length > LARGE_BYTES ? LARGE_QUALITY : constants.BROTLI_MAX_QUALITY;
  const br = cached(`${hash}.q${String(quality)}.br`, () =>
    brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  );
  const gz = cached(`${hash}.gz`, () => gzipSync(content, { level: 9 }));
  const sizes = { br: 0, gz: 0 };
  if (br.length < content.length) {
    writeFileSync(`${file}.br`, br);
    sizes.br = br.length;
  }
  if (gz.length < content.length) {
    writeFileSync(`${file}.gz`, gz);
    sizes.gz = gz.length;
  }
  return sizes;
}

/**
 * Precompressed `.br` and `.gz` copies next to every compressible asset of the build, for hosts
 * that serve them as they are (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, most
 * CDNs). The originals stay: a host that compresses on the fly, or not at all, still works.
 */
export function precompressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (COMPRESSIBLE.test(file) && statSync(file).size >= MIN_BYTES) precompressFile(file);
      }
    },
  };
}
