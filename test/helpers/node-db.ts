import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { createDbClient, type DbClient } from '../../src/db/db-client.ts';
import { disableExtensionAutoload } from '../../src/db/lock-down.ts';
import { createConsoleClient, type ConsoleClient } from '../../src/db/queries/console-client.ts';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm'));
const NODE_BUNDLES = {
  mvp: {
    mainModule: path.join(dist, 'duckdb-mvp.wasm'),
    mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
  },
  eh: {
    mainModule: path.join(dist, 'duckdb-eh.wasm'),
    mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
  },
};

/**
 * A fresh in-memory duckdb-wasm (the same engine build as the browser's, blocking Node flavour)
 * behind the app's DbClient. Instantiation takes about a second: create one per test file.
 */
export async function createNodeDb(): Promise<DbClient> {
  const db = await createDuckDB(NODE_BUNDLES, new VoidLogger(), NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const client = createDbClient(db.connect());
  await disableExtensionAutoload(client);
  return client;
}

/**
 * The same engine with the app's two connections, as in the browser: the views' `DbClient` and
 * the SQL console's own streaming connection (`createConsoleClient`). The blocking build runs a
 * sent query to its end at once, so cancelling is tested in Chromium only.
 */
export async function createNodeDbWithConsole(): Promise<{
  readonly db: DbClient;
  readonly console: ConsoleClient;
}> {
  const engine = await createDuckDB(NODE_BUNDLES, new VoidLogger(), NODE_RUNTIME);
  await engine.instantiate();
  engine.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const db = createDbClient(engine.connect());
  await disableExtensionAutoload(db);
  return { db, console: createConsoleClient(engine.connect()) };
}
