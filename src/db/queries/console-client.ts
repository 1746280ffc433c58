/**
 * The SQL console's own engine connection. It runs one query at a time through duckdb-wasm's
 * streaming API (`send`: the worker executes a pending query in slices and answers the other
 * connection's requests between them), can cancel it, and reads at most `maxRows` rows of the
 * answer into plain cells, with each column's kind taken from the Arrow schema.
 */

/** A cell of a console answer: numbers stay numbers; dates are epoch milliseconds (see kind). */
export type ConsoleCell = string | number | boolean | null;

/** How a column's cells are to be read: dates and timestamps arrive as epoch milliseconds. */
export type ConsoleColumnKind = 'number' | 'text' | 'boolean' | 'date' | 'timestamp' | 'other';

export interface ConsoleColumn {
  readonly name: string;
  readonly kind: ConsoleColumnKind;
}

export interface ConsoleTable {
  readonly columns: readonly ConsoleColumn[];
  readonly rows: readonly (readonly ConsoleCell[])[];
  /** More rows exist than were read (`maxRows`). */
  readonly truncated: boolean;
}

export interface ConsoleClient {
  /** Runs one statement; rejects with `ConsoleCancelledError` when `cancel` stopped it. */
  run(sql: string, maxRows: number): Promise<ConsoleTable>;
  /** Stops the query in flight, if any. */
  cancel(): Promise<void>;
}

export class ConsoleCancelledError extends Error {
  constructor() {
    super('the query was cancelled');
    this.name = 'ConsoleCancelledError';
  }
}

// Structural view of an Arrow stream reader and its batches, so the db layer needs no
// apache-arrow import here and the Node tests can pass the blocking connection's reader.
interface FieldLike {
  readonly name: string;
  readonly type: { readonly typeId: number };
}
interface VectorLike {
  get(index: number): unknown;
}
interface BatchLike {
  readonly numRows: number;
  getChildAt(index: number): VectorLike | null;
}
interface ReaderLike {
  /** Absent until the reader is opened (the blocking Node build returns it unopened). */
  readonly schema?: { readonly fields: readonly FieldLike[] } | undefined;
  open?(): unknown;
  [Symbol.asyncIterator](): AsyncIterator<BatchLike>;
}
export interface StreamingConnectionLike {
  send(sql: string, allowStreamResult?: boolean): Promise<ReaderLike | undefined> | ReaderLike;
  cancelSent(): Promise<boolean> | boolean;
}

// apache-arrow's `Type` enum (src/enum.ts): the ids a field's `type.typeId` reports.
const ARROW_TYPE = {
  Int: 2,
  Float: 3,
  Utf8: 5,
  Bool: 6,
  Decimal: 7,
  Date: 8,
  Timestamp: 10,
  LargeUtf8: 20,
} as const;

/** The console's reading of an Arrow type id. */
export function columnKindOf(typeId: number): ConsoleColumnKind {
  switch (typeId) {
    case ARROW_TYPE.Int:
    case ARROW_TYPE.Float:
    case ARROW_TYPE.Decimal:
      return 'number';
    case ARROW_TYPE.Utf8:
    case ARROW_TYPE.LargeUtf8:
      return 'text';
    case ARROW_TYPE.Bool:
      return 'boolean';
    case ARROW_TYPE.Date:
      return 'date';
    case ARROW_TYPE.Timestamp:
      return 'timestamp';
    default:
      return 'other';
  }
}

const bigintAsJson = (_key: string, value: unknown): unknown =>
  typeof value === 'bigint' ? toCell(value) : value;

/** One Arrow value as a plain cell: a HUGEINT or a list becomes a number or text, never a BigInt. */
export function toCell(value: unknown): ConsoleCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'object' && 'toJSON' in value && typeof value.toJSON === 'function') {
    return JSON.stringify((value.toJSON as () => unknown).call(value), bigintAsJson);
  }
  // Undefined for a function or a symbol, which no Arrow vector holds.
  const json = JSON.stringify(value, bigintAsJson) as string | undefined;
  return json ?? null;
}

/** Wraps a duckdb-wasm connection opened for the console alone. */
export function createConsoleClient(connection: StreamingConnectionLike): ConsoleClient {
  let running = false;
  let cancelled = false;
  // Read through a call: `cancel` sets it while `run` awaits.
  const wasCancelled = () => cancelled;
  return {
    run: async (sql, maxRows) => {
      if (running) throw new Error('a console query is already running');
      running = true;
      cancelled = false;
      try {
        let reader: ReaderLike | undefined;
        try {
          reader = await connection.send(sql, true);
        } catch (error) {
          // Cancelling a pending query makes its next poll fail ("no active pending query").
          if (wasCancelled()) throw new ConsoleCancelledError();
          throw error;
        }
        if (reader === undefined || wasCancelled()) throw new ConsoleCancelledError();
        if (reader.schema === undefined) await reader.open?.();
        const fields = reader.schema?.fields ?? [];
        const columns = fields.map((field) => ({
          name: field.name,
          kind: columnKindOf(field.type.typeId),
        }));
        const rows: ConsoleCell[][] = [];
        let truncated = false;
        const batches = reader[Symbol.asyncIterator]();
        for (;;) {
          const next = await batches.next();
          if (wasCancelled()) throw new ConsoleCancelledError();
          if (next.done === true) break;
          const batch = next.value;
          const vectors = columns.map((_, index) => batch.getChildAt(index));
          for (let row = 0; row < batch.numRows; row += 1) {
            if (rows.length === maxRows) {
              truncated = true;
              break;
            }
            rows.push(vectors.map((vector) => toCell(vector?.get(row))));
          }
          if (truncated) break;
        }
        return { columns, rows, truncated };
      } finally {
        running = false;
      }
    },
    cancel: async () => {
      if (!running) return;
      cancelled = true;
      await connection.cancelSent();
    },
  };
}
