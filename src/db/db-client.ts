/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null;

/**
 * The one interface the app and the tests use to talk to DuckDB. Rows come back as plain
 * objects of `unknown` values: each query module validates them into its own row type.
 */
export interface DbClient {
  query(sql: string, params?: readonly SqlValue[]): Promise<readonly Record<string, unknown>[]>;
}

// Structural view of a duckdb-wasm connection, satisfied by both the async browser connection
// and the blocking Node one (the same method names, promises or plain values).
interface ResultRowLike {
  toJSON(): Record<string, unknown>;
}
interface ResultLike {
  toArray(): ResultRowLike[];
}
interface PreparedStatementLike {
  query(...params: SqlValue[]): ResultLike | Promise<ResultLike>;
  close(): unknown;
}
export interface ConnectionLike {
  query(sql: string): ResultLike | Promise<ResultLike>;
  prepare(sql: string): PreparedStatementLike | Promise<PreparedStatementLike>;
}

/**
 * Wraps a connection as a DbClient. Queries with parameters run as prepared statements, which
 * are always closed; calls are serialised because a duckdb-wasm connection runs one at a time.
 */
export function createDbClient(connection: ConnectionLike): DbClient {
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (sql: string, params: readonly SqlValue[]) => {
    if (params.length === 0) return toRows(await connection.query(sql));
    const statement = await connection.prepare(sql);
    try {
      return toRows(await statement.query(...params));
    } finally {
      await statement.close();
    }
  };
  return {
    query(sql, params = []) {
      const result = queue.then(() => run(sql, params));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

function toRows(result: ResultLike): Record<string, unknown>[] {
  return result.toArray().map((row) => row.toJSON());
}
