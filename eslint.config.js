import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const reactBan = {
  group: ['react', 'react-dom', 'react-dom/*', '@tanstack/react-query'],
  message: 'This layer is framework-free: no React here (docs/ARCHITECTURE.md).',
};
const duckdbBan = {
  group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'],
  message: 'Only src/db/duckdb.ts imports duckdb-wasm; use the DbClient interface.',
};
const echartsBan = {
  group: ['echarts', 'echarts/*'],
  message: 'Only src/components/echart*.ts(x) imports the ECharts runtime.',
  allowTypeImports: true,
};
const papaBan = {
  group: ['papaparse'],
  message: 'Only src/data/parse-csv.ts imports papaparse.',
};

/**
 * The layers of src/, each with the folders it may import (besides itself). Imports run one way,
 * down this list's dependencies; docs/ARCHITECTURE.md draws the same graph, and
 * test/layers.test.ts checks the folder graph stays acyclic.
 */
export const LAYERS = {
  data: [],
  i18n: [],
  charts: ['data', 'i18n'],
  // URL schemas read the chart modes' choice lists where the builders declare them.
  state: ['charts', 'data', 'i18n'],
  db: ['data'],
  ingest: ['data', 'db'],
  queries: ['data', 'db', 'ingest'],
  routing: ['state', 'i18n', 'data'],
  components: ['charts', 'data', 'i18n', 'routing', 'state'],
  views: ['charts', 'components', 'data', 'i18n', 'queries', 'routing', 'state'],
  app: [
    'charts',
    'components',
    'data',
    'db',
    'i18n',
    'ingest',
    'queries',
    'routing',
    'state',
    'views',
  ],
};

function layerZones(layers) {
  const names = Object.keys(layers);
  return names.flatMap((target) => {
    const allowed = new Set([target, ...layers[target]]);
    const from = names.filter((name) => !allowed.has(name)).map((name) => `./src/${name}`);
    if (from.length === 0) return [];
    const message = `src/${target}/ may import only ${[...allowed].join(', ')} (docs/ARCHITECTURE.md).`;
    return [{ target: `./src/${target}`, from, message }];
  });
}

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'node_modules', 'public/data', 'test/output', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './test/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'react-hooks': reactHooks,
      'import-x': importX,
      'check-file': checkFile,
    },
    settings: {
      'import-x/resolver': { typescript: true, node: true },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      'no-restricted-imports': ['error', { patterns: [duckdbBan, echartsBan, papaBan] }],
    },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['src/components/echart*.{ts,tsx}', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [duckdbBan, papaBan] }] },
  },
  {
    files: ['src/db/duckdb.ts', 'test/helpers/node-db.ts', 'scripts/bench.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [echartsBan, papaBan] }] },
  },
  {
    files: ['src/data/parse-csv.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [duckdbBan, echartsBan] }] },
  },
  {
    files: [
      'src/charts/**',
      'src/data/**',
      'src/db/**',
      'src/ingest/**',
      'src/state/**',
      'src/i18n/format.ts',
      'scripts/**',
    ],
    ignores: ['src/data/parse-csv.ts', 'src/db/duckdb.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [reactBan, duckdbBan, echartsBan, papaBan] }],
    },
  },
  {
    // Tests may cross layers (an engine test formats its answer as the page would).
    files: ['src/**'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones(LAYERS) }],
    },
  },
  {
    // A builder is one chart: shared series, colours and layout live in their own modules.
    files: ['src/charts/build-*.ts'],
    ignores: ['src/charts/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            reactBan,
            duckdbBan,
            echartsBan,
            papaBan,
            { group: ['./build-*'], message: 'Builders never import other builders.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
