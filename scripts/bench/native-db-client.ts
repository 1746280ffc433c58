import {
  DuckDBInstance,
  DuckDBTypeId,
  JSDuckDBValueConverter,
  type DuckDBConnection,
  type DuckDBValueConverter,
} from '@duckdb/node-api';
import type { DbClient, SqlValue } from '../../src/db/db-client.ts';

/**
 * Values as the wasm client hands them over (opened with `castBigIntToDouble` and
 * `castDecimalToDouble`): BIGINT and DECIMAL as numbers, DATE and TIMESTAMP as epoch
 * milliseconds. HUGEINT stays a bigint, as the wasm cast leaves it unconverted too: the query
 * modules cast such aggregates to DOUBLE, and their row readers reject anything else.
 */
const toWasmShape: DuckDBValueConverter<unknown> = (value, type) => {
  const converted: unknown = JSDuckDBValueConverter(value, type, JSDuckDBValueConverter);
  if (converted instanceof Date) return converted.getTime();
  if (typeof converted === 'bigint' && type.typeId !== DuckDBTypeId.HUGEINT) {
    return Number(converted);
  }
  return converted;
};

export interface NativeDb {
  readonly db: DbClient;
  readonly version: string;
  close(): void;
}

/**
 * Native DuckDB (`@duckdb/node-api`, the same engine version as duckdb-wasm 1.32.0) behind the
 * app's `DbClient`, in memory: parameterised queries run as prepared statements with their `?`
 * values bound, always destroyed; calls are serialised, as the wasm client does.
 */
export async function createNativeDb(options: Record<string, string> = {}): Promise<NativeDb> {
  const instance = await DuckDBInstance.create(':memory:', options);
  const connection: DuckDBConnection = await instance.connect();
  const run = async (sql: string, params: readonly SqlValue[]) => {
    if (params.length === 0) return read(await connection.runAndReadAll(sql));
    const statement = await connection.prepare(sql);
    try {
      statement.bind([...params]);
      return read(await statement.runAndReadAll());
    } finally {
      statement.destroySync();
    }
  };
  let queue: Promise<unknown> = Promise.resolve();
  const db: DbClient = {
    query: (sql, params = []) => {
      const result = queue.then(() => run(sql, params));
      queue = result.catch(() => undefined);
      return result;
    },
  };
  const versionRows = await db.query('SELECT version() AS version');
  const version = versionRows[0]?.version;
  return {
    db,
    version: typeof version === 'string' ? version : 'unknown',
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function read(reader: {
  convertRowObjects<T>(converter: DuckDBValueConverter<T>): Record<string, T | null>[];
}): Record<string, unknown>[] {
  return reader.convertRowObjects(toWasmShape);
}
