/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null;

/**
 * The one interface the app and the tests use to talk to DuckDB. Rows come back as plain
 * objects of `unknown` values: each query module validates them into its own row type.
 */
export interface DbClient {
  query(sql: string, params?: readonly SqlValue[]): Promise<readonly Record<string, unknown>[]>;
  /**
   * Appends the rows of an Arrow IPC stream to an existing table, column by position. Only
   * `replace-table.ts` calls it (with its own staging tables): the one bulk path into the engine,
   * and one that still works after the lockdown. Every engine client has it; a fake client for a
   * test that never loads data may leave it out.
   */
  insertArrow?(table: string, ipc: Uint8Array): Promise<void>;
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
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): unknown;
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
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    query: (sql, params = []) => serialise(() => run(sql, params)),
    insertArrow: (table, ipc) =>
      serialise(async () => {
        await connection.insertArrowFromIPCStream(ipc, { name: table, create: false });
      }),
  };
}

function toRows(result: ResultLike): Record<string, unknown>[] {
  return result.toArray().map((row) => row.toJSON());
}
