import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { createDbClient, type DbClient } from '../../src/db/db-client.ts';
import { disableExtensionAutoload } from '../../src/db/lock-down.ts';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm'));

/**
 * A fresh in-memory duckdb-wasm (the same engine build as the browser's, blocking Node flavour)
 * behind the app's DbClient. Instantiation takes about a second: create one per test file.
 */
export async function createNodeDb(): Promise<DbClient> {
  const db = await createDuckDB(
    {
      mvp: {
        mainModule: path.join(dist, 'duckdb-mvp.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: path.join(dist, 'duckdb-eh.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const client = createDbClient(db.connect());
  await disableExtensionAutoload(client);
  return client;
}
