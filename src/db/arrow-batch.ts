import {
  DateDay,
  Field,
  Float64,
  Int32,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  Utf8,
  type Data,
} from 'apache-arrow';
import type { ColumnBatch, ColumnVector } from '../data/column-batch.ts';
import { sqlTypeOf, type DatasetSpec, type SqlColumnType } from '../data/schema.ts';

const VECTOR_TYPES: Readonly<Record<ColumnVector['type'], SqlColumnType>> = {
  utf8: 'VARCHAR',
  int32: 'INTEGER',
  float64: 'DOUBLE',
  date: 'DATE',
};

/**
 * A batch as one Arrow IPC stream (schema, one record batch), which the engine appends to a
 * table in one call. The buffers are wrapped, not converted; the stream copies them once. The
 * batch must have the spec's columns, in order, each of its SQL type: anything else throws.
 */
export function encodeArrowBatch(spec: DatasetSpec, batch: ColumnBatch): Uint8Array {
  if (batch.columns.length !== spec.columns.length) {
    throw new Error(`${spec.id}: a batch of ${String(batch.columns.length)} columns`);
  }
  const fields: Field[] = [];
  const children: Data[] = [];
  spec.columns.forEach((column, index) => {
    const vector = batch.columns[index];
    if (vector?.name !== column.name || VECTOR_TYPES[vector.type] !== sqlTypeOf(column.kind)) {
      throw new Error(`${spec.id}: column ${String(index + 1)} is not ${column.name}`);
    }
    const field = fieldOf(vector);
    fields.push(field);
    children.push(dataOf(vector, batch.length));
  });
  const struct = makeData({
    type: new Struct(fields),
    length: batch.length,
    nullCount: 0,
    children,
  });
  const table = new Table([new RecordBatch(new Schema(fields), struct)]);
  return tableToIPC(table, 'stream');
}

function fieldOf(vector: ColumnVector): Field {
  switch (vector.type) {
    case 'utf8':
      return new Field(vector.name, new Utf8(), true);
    case 'int32':
      return new Field(vector.name, new Int32(), true);
    case 'float64':
      return new Field(vector.name, new Float64(), true);
    case 'date':
      return new Field(vector.name, new DateDay(), true);
  }
}

function dataOf(vector: ColumnVector, length: number): Data {
  const nulls = vector.valid === null ? {} : { nullBitmap: vector.valid };
  const common = { length, nullCount: vector.nulls, ...nulls };
  switch (vector.type) {
    case 'utf8':
      return makeData({
        type: new Utf8(),
        ...common,
        valueOffsets: vector.offsets,
        data: vector.bytes,
      });
    case 'int32':
      return makeData({ type: new Int32(), ...common, data: vector.values });
    case 'float64':
      return makeData({ type: new Float64(), ...common, data: vector.values });
    case 'date':
      return makeData({ type: new DateDay(), ...common, data: vector.values });
  }
}
