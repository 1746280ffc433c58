import { sqlTypeOf, type CellValue, type DatasetSpec, type ValidRow } from './schema.ts';

interface VectorBase {
  readonly name: string;
  /** Null bitmap, least significant bit first, a set bit for a value (Arrow's); null: no nulls. */
  readonly valid: Uint8Array | null;
  readonly nulls: number;
}

/** One column of validated values, typed as its SQL column: what the engine copies in as is. */
export type ColumnVector =
  | (VectorBase & {
      readonly type: 'utf8';
      /** `length + 1` offsets into `bytes` (UTF-8). */
      readonly offsets: Int32Array;
      readonly bytes: Uint8Array;
    })
  | (VectorBase & { readonly type: 'int32'; readonly values: Int32Array })
  | (VectorBase & { readonly type: 'float64'; readonly values: Float64Array })
  /** Days since 1970-01-01. */
  | (VectorBase & { readonly type: 'date'; readonly values: Int32Array });

/**
 * Validated rows as columns of typed arrays, in the spec's column order: a few buffers that a
 * worker hands over without copying and the engine reads without parsing, instead of one
 * object per row.
 */
export interface ColumnBatch {
  readonly length: number;
  readonly columns: readonly ColumnVector[];
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const encoder = new TextEncoder();

/**
 * Encodes rows for the engine. Values must be what the validator produces for each kind (text,
 * an integer count, a number, an ISO date, or null): anything else throws, since a value the
 * table cannot hold must fail the load rather than be coerced.
 */
export function toColumnBatch(spec: DatasetSpec, rows: readonly ValidRow[]): ColumnBatch {
  const builder = createColumnBatchBuilder(spec, rows.length);
  for (const row of rows) builder.add(row);
  return builder.build();
}

/** Builds a batch row by row, so that each row object can be dropped as soon as it is added. */
export interface ColumnBatchBuilder {
  add(row: ValidRow): void;
  readonly length: number;
  /** The batch of the rows added so far; the builder starts empty again. */
  build(): ColumnBatch;
}

interface ColumnWriter {
  add(value: CellValue, row: number): void;
  build(length: number): ColumnVector;
}

export function createColumnBatchBuilder(spec: DatasetSpec, capacity: number): ColumnBatchBuilder {
  const size = Math.max(1, capacity);
  const names = spec.columns.map((column) => column.name);
  const makeWriters = () =>
    spec.columns.map((column): ColumnWriter => {
      switch (sqlTypeOf(column.kind)) {
        case 'VARCHAR':
          return utf8Writer(column.name, size);
        case 'INTEGER':
          return numberWriter(column.name, size, 'int32', toInt32);
        case 'DOUBLE':
          return numberWriter(column.name, size, 'float64', toFloat);
        case 'DATE':
          return numberWriter(column.name, size, 'date', toDays);
      }
    });
  let writers = makeWriters();
  let length = 0;
  return {
    add(row) {
      if (length >= size) throw new RangeError(`a batch holds at most ${String(size)} rows`);
      for (let index = 0; index < names.length; index += 1) {
        writers[index]?.add(row[names[index] ?? ''] ?? null, length);
      }
      length += 1;
    },
    get length() {
      return length;
    },
    build() {
      const batch = { length, columns: writers.map((writer) => writer.build(length)) };
      writers = makeWriters();
      length = 0;
      return batch;
    },
  };
}

/** The buffers of a batch, to transfer it to another thread instead of copying it. */
export function batchBuffers(batch: ColumnBatch): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (view: ArrayBufferView | null) => {
    if (view !== null && view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  };
  for (const column of batch.columns) {
    add(column.valid);
    if (column.type === 'utf8') {
      add(column.offsets);
      add(column.bytes);
    } else {
      add(column.values);
    }
  }
  return [...buffers];
}

/** The rows of a batch back as objects (tests and checks; the engine never needs it). */
export function fromColumnBatch(batch: ColumnBatch): ValidRow[] {
  const decoder = new TextDecoder();
  return Array.from({ length: batch.length }, (_, row) => {
    const entries = batch.columns.map((column): [string, CellValue] => {
      const isNull =
        column.valid !== null && ((column.valid[row >> 3] ?? 0) & (1 << (row & 7))) === 0;
      if (isNull) return [column.name, null];
      if (column.type === 'utf8') {
        const bytes = column.bytes.subarray(column.offsets[row], column.offsets[row + 1]);
        return [column.name, decoder.decode(bytes)];
      }
      const value = column.values[row] ?? 0;
      if (column.type !== 'date') return [column.name, value];
      return [column.name, new Date(value * DAY_MS).toISOString().slice(0, 10)];
    });
    return Object.fromEntries(entries);
  });
}

class NullBitmap {
  bits: Uint8Array | null = null;
  count = 0;

  constructor(private readonly length: number) {}

  clear(row: number): void {
    const bits = (this.bits ??= new Uint8Array((this.length + 7) >> 3).fill(0xff));
    bits[row >> 3] = (bits[row >> 3] ?? 0) & ~(1 << (row & 7));
    this.count += 1;
  }
}

function numberWriter(
  name: string,
  size: number,
  type: 'int32' | 'float64' | 'date',
  convert: (value: string | number, name: string) => number,
): ColumnWriter {
  const values = type === 'float64' ? new Float64Array(size) : new Int32Array(size);
  const nulls = new NullBitmap(size);
  return {
    add(value, row) {
      if (value === null) nulls.clear(row);
      else values[row] = convert(value, name);
    },
    build(length) {
      const valid = nulls.bits === null ? null : nulls.bits.slice(0, (length + 7) >> 3);
      const base = { name, valid, nulls: nulls.count };
      return values instanceof Float64Array
        ? { ...base, type: 'float64', values: values.slice(0, length) }
        : { ...base, type: type === 'date' ? 'date' : 'int32', values: values.slice(0, length) };
    },
  };
}

function utf8Writer(name: string, size: number): ColumnWriter {
  const offsets = new Int32Array(size + 1);
  const nulls = new NullBitmap(size);
  let bytes = new Uint8Array(Math.max(64, size * 8));
  let at = 0;
  return {
    add(value, row) {
      if (value === null) {
        nulls.clear(row);
      } else {
        if (typeof value !== 'string') throw new TypeError(`${name}: ${String(value)} is not text`);
        if (bytes.length < at + value.length * 3) {
          const grown = new Uint8Array(Math.max(bytes.length * 2, at + value.length * 3));
          grown.set(bytes.subarray(0, at));
          bytes = grown;
        }
        at = writeUtf8(value, bytes, at);
      }
      offsets[row + 1] = at;
    },
    build(length) {
      return {
        type: 'utf8',
        name,
        offsets: offsets.slice(0, length + 1),
        bytes: bytes.slice(0, at),
        valid: nulls.bits === null ? null : nulls.bits.slice(0, (length + 7) >> 3),
        nulls: nulls.count,
      };
    },
  };
}

/** Writes `value` as UTF-8 at `at` (room for 3 bytes per unit is there); returns the new end. */
function writeUtf8(value: string, bytes: Uint8Array, at: number): number {
  let end = at;
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    if (unit >= 0x80) return at + encoder.encodeInto(value, bytes.subarray(at)).written;
    bytes[end] = unit;
    end += 1;
  }
  return end;
}

function toInt32(value: string | number, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value !== (value | 0)) {
    throw new TypeError(`${name}: ${String(value)} is not a 32-bit integer`);
  }
  return value;
}

function toFloat(value: string | number, name: string): number {
  if (typeof value !== 'number') throw new TypeError(`${name}: ${value} is not a number`);
  return value;
}

// Dates repeat (one snapshot date for thousands of rows): each is converted and checked once.
const dayCache = new Map<string, number>();

function toDays(value: string | number, name: string): number {
  if (typeof value !== 'string') throw new TypeError(`${name}: ${value} is not a date`);
  const cached = dayCache.get(value);
  if (cached !== undefined) return cached;
  const match = ISO_DATE.exec(value);
  const days = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS
    : Number.NaN;
  if (!Number.isInteger(days) || new Date(days * DAY_MS).toISOString().slice(0, 10) !== value) {
    throw new TypeError(`${name}: ${value} is not a calendar date`);
  }
  if (dayCache.size >= 100_000) dayCache.clear();
  dayCache.set(value, days);
  return days;
}
