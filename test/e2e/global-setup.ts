import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from './dist-dir.ts';
import { CHROMIUM_PATH } from './launch-chromium.ts';

/** Builds the static site once for all end-to-end tests (E2E_SKIP_BUILD=1 reuses the build). */
export function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(DIST_DIR, 'index.html'))) return;
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync('npx', ['tsx', 'scripts/prepare-data.ts', '--check'], {
    cwd: root,
    stdio: 'inherit',
  });
  // The build's answers for the first charts (public/data/answers/, not committed).
  execFileSync('npx', ['tsx', 'scripts/precompute-answers.ts'], { cwd: root, stdio: 'inherit' });
  // The site as shipped: Vitest sets NODE_ENV=test, under which Vite would keep the libraries'
  // development code (ECharts' console warnings among it).
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST_DIR], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
