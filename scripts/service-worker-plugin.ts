import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';
import { filesUnder } from './precompress-assets.ts';

const SOURCE = path.resolve(import.meta.dirname, '../src/app/service-worker.ts');
/** Files a browser never asks for by name (the host negotiates them) or that are not the site. */
const NOT_CACHED = /\.(br|gz|map)$|(^|\/)sw\.js$/;
/** Cached when first fetched, not on install: the engine, 34 MB. */
const isDeferred = (file: string) => file.endsWith('.wasm');

/**
 * Writes `dist/sw.js`: `src/app/service-worker.ts` with its types stripped and this build's
 * file list prepended (`PRECACHE`: every file of `dist/`, the engine deferred, the data
 * version). The cache name is a hash of the list and the files' contents, so a new build (new
 * data, new code) is a new cache and the old one is deleted when it takes over.
 */
export function serviceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const all = filesUnder(outDir)
        .map((file) => path.relative(outDir, file).split(path.sep).join('/'))
        .filter((file) => !NOT_CACHED.test(file))
        .sort();
      const hash = createHash('sha256');
      for (const file of all) hash.update(file).update(readFileSync(path.join(outDir, file)));
      const manifest = JSON.parse(
        readFileSync(path.join(outDir, 'data/manifest.json'), 'utf8'),
      ) as {
        readonly version: string;
      };
      const precache = {
        build: hash.digest('hex').slice(0, 16),
        dataVersion: manifest.version,
        files: ['./', ...all.filter((file) => !isDeferred(file))],
        deferred: all.filter(isDeferred),
      };
      const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, {
        lang: 'ts',
      });
      writeFileSync(
        path.join(outDir, 'sw.js'),
        `const PRECACHE = ${JSON.stringify(precache)};\n${code}`,
      );
    },
  };
}
