import path from 'node:path';

/**
 * Where the end-to-end tests build and serve the site. `E2E_DIST` lets several builds coexist
 * (for example two developers' test runs on one machine); the default is `dist/`.
 */
export const DIST_DIR = path.resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
