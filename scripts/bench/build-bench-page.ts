import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

const benchDir = import.meta.dirname;
const srcDir = path.resolve(benchDir, '../../src');

export interface BuiltBenchPage {
  /** A temporary folder holding the page and its assets (the engine's wasm files among them). */
  readonly dir: string;
  /** The page's path inside `dir`. */
  readonly page: string;
  dispose(): void;
}

/**
 * Builds the national-scale bench page into a temporary folder with the app's build settings
 * (ES workers, duckdb-wasm not pre-bundled, the `@` alias): never into dist/, never part of
 * the site.
 */
export async function buildBenchPage(): Promise<BuiltBenchPage> {
  const dir = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-bench-page-'));
  try {
    await build({
      configFile: false,
      root: benchDir,
      base: './',
      publicDir: false,
      logLevel: 'warn',
      resolve: { alias: { '@': srcDir } },
      worker: { format: 'es' },
      optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
      build: {
        outDir: dir,
        emptyOutDir: true,
        target: 'es2022',
        chunkSizeWarningLimit: 1200,
        reportCompressedSize: false,
        rolldownOptions: { input: path.join(benchDir, 'national-scale.html') },
      },
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    page: 'national-scale.html',
    dispose: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
