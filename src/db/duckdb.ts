import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { createDbClient, type DbClient } from './db-client.ts';
import { engineProgress } from './engine-progress.ts';
import { disableExtensionAutoload } from './lock-down.ts';
import { createConsoleClient, type ConsoleClient } from './queries/console-client.ts';

// One self-hosted bundle (Vite copies it into dist/assets): the eh build needs WebAssembly
// exception handling, which every browser the project supports has (Chrome/Edge 95, Firefox
// 100, Safari 15.2; README "Browsers"). The mvp build (39 MB more in dist/) served only older
// ones. No COI bundle: it needs COOP/COEP headers and was slower here (tech-notes §4).
const BUNDLE = { mainModule: ehWasm, mainWorker: ehWorker, pthreadWorker: null };

let instance: Promise<DbClient> | undefined;
let engine: duckdb.AsyncDuckDB | undefined;
let consoleClient: Promise<ConsoleClient> | undefined;

/**
 * Starts DuckDB-wasm in a web worker, once per page: later calls share the same promise, so
 * concurrent callers cannot instantiate twice. BIGINT and DECIMAL arrive as JS numbers.
 */
export function openBrowserDb(): Promise<DbClient> {
  instance ??= instantiate().catch((error: unknown) => {
    instance = undefined;
    throw error;
  });
  return instance;
}

/** Starts so far on this page: a start after a failed one fetches the wasm in the page. */
let starts = 0;

async function instantiate(): Promise<DbClient> {
  const bundle = BUNDLE;
  const retry = starts > 0;
  starts += 1;
  if (!(await duckdb.getPlatformFeatures()).wasmExceptions) {
    throw new Error('WebAssembly exception handling is not supported by this browser');
  }
  await assertAvailable(bundle.mainModule);
  // After a failed start, the page fetches the wasm itself and hands the worker a blob: an
  // engine worker started right after an offline reload sometimes cannot fetch what the service
  // worker holds for the page (Chromium, about one start in six), while the page can.
  const moduleUrl = retry ? await wasmInPage(bundle.mainModule) : bundle.mainModule;
  const worker = new Worker(bundle.mainWorker);
  const logger = import.meta.env.DEV
    ? new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING)
    : new duckdb.VoidLogger();
  const db = new duckdb.AsyncDuckDB(logger, worker);
  try {
    // A wasm file that fails to download or compile throws inside the worker, and
    // `instantiate` then never settles: surface the worker's error event instead of hanging.
    await Promise.race([
      db.instantiate(moduleUrl, bundle.pthreadWorker, (progress) => {
        engineProgress.report({ loaded: progress.bytesLoaded, total: progress.bytesTotal });
      }),
      workerFailure(worker),
      timeout(START_TIMEOUT_MS),
    ]);
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const client = createDbClient(await db.connect());
    await disableExtensionAutoload(client);
    engine = db;
    performance.mark('commune-scorecard:engine-ready');
    return client;
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    if (moduleUrl !== bundle.mainModule) URL.revokeObjectURL(moduleUrl);
  }
}

/**
 * The SQL console's own connection to the same database, opened once: its queries stream
 * (`send`), so the worker answers the views' connection between slices of a long console query,
 * and `cancel` stops one. The lockdown and the extension settings are database-wide, so they
 * hold on this connection too (`test/e2e/sql-editor.test.ts` checks it in Chromium).
 */
export function openConsoleClient(): Promise<ConsoleClient> {
  consoleClient ??= openBrowserDb()
    .then(async () => {
      if (engine === undefined) throw new Error('DuckDB is not started');
      return createConsoleClient(await engine.connect());
    })
    .catch((error: unknown) => {
      consoleClient = undefined;
      throw error;
    });
  return consoleClient;
}

const START_TIMEOUT_MS = 120_000;

/** The wasm fetched by the page, as a blob URL the worker can read. */
async function wasmInPage(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`DuckDB engine file unavailable: ${url} (HTTP ${response.status})`);
  const blob = await response.blob();
  engineProgress.report({ loaded: blob.size, total: blob.size });
  return URL.createObjectURL(new Blob([blob], { type: 'application/wasm' }));
}

// A missing wasm file (some static hosts refuse files over 25 MiB) makes the worker fail with
// an unhandled rejection that never reaches the page: ask first, so the user gets a reason.
async function assertAvailable(url: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) {
    throw new Error(`DuckDB engine file unavailable: ${url} (HTTP ${response.status})`);
  }
}

function workerFailure(worker: Worker): Promise<never> {
  return new Promise((_, reject) => {
    worker.addEventListener(
      'error',
      (event) => {
        reject(new Error(`DuckDB worker failed: ${event.message || 'unknown error'}`));
      },
      { once: true },
    );
  });
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => {
      reject(new Error(`DuckDB did not start within ${ms / 1000} s`));
    }, ms);
  });
}
