import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };
const CHART_TESTS = 'src/charts/**/*.test.ts';
const CATALOGUES = 'test/setup/load-catalogues.ts';

export default defineConfig({
  resolve: { alias },
  test: {
    // At least two test files at a time, even on a 2-core machine (Vitest's default there is
    // one): end-to-end pages spend much of their time waiting, so two overlap well.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/*.test.ts'],
          exclude: [...configDefaults.exclude, CHART_TESTS],
          setupFiles: [CATALOGUES],
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'charts',
          environment: 'node',
          include: [CHART_TESTS],
          setupFiles: [CATALOGUES],
          // Chart tests are pure and spend most of their time importing ECharts: share one import
          // per worker. Golden SVGs renumber zrender's ids, so they do not depend on test order.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // Files run side by side (as many as the run's workers): each has its own server, port
          // and browser profile (four files: 146 s side by side on 2 cores, 204 s one by one).
          fileParallelism: true,
        },
      },
    ],
  },
});
