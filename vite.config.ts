import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressAssets } from './scripts/precompress-assets.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';

/**
 * The built page's Content-Security-Policy: only this origin's scripts (no inline script, no
 * remote origin), WebAssembly compilation for DuckDB, workers and fetches from this origin only.
 * Styles allow inline attributes: ECharts tooltips carry style attributes in their HTML. Served
 * as a meta tag so it holds on any static host; the dev server's inline HMR script is exempt.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative base: the built folder works from any path on any static host.
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorker(), precompressAssets()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  optimizeDeps: {
    exclude: ['@duckdb/duckdb-wasm'],
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
