import { sqlTypeOf, type DatasetSpec, type ValidRow } from '../data/schema.ts';
import type { DbClient, SqlValue } from './db-client.ts';
import { quoteIdentifier } from './identifiers.ts';

// Values travel as one string per column, split in SQL. Binding thousands of `?` per row was
// measured at ~500 ms for 12k rows; this takes ~70 ms and, unlike registered files or Arrow
// inserts, keeps working after `enable_external_access = false`. The validator rejects control
// characters, so the separator cannot occur inside a value.
const SEPARATOR = '\u001f';

/**
 * Rows per INSERT. One statement binding a whole 9,000-row file overflowed the wasm engine's
 * memory ("memory access out of bounds", after which every query failed); a few thousand rows
 * per statement stay far below that and cost one round trip each.
 */
export const INSERT_CHUNK_ROWS = 2000;

/** One table to replace: its schema and the validated rows it will hold. */
export interface TableReplacement {
  readonly spec: DatasetSpec;
  readonly rows: readonly ValidRow[];
}

/** Called after each inserted chunk with the rows inserted so far for the table being filled. */
export type InsertProgress = (dataset: DatasetSpec['id'], inserted: number, total: number) => void;

const stagingName = (spec: DatasetSpec) => quoteIdentifier(`${spec.id}__staging`);

/**
 * Replaces several tables all or nothing: each is filled in a staging table, chunk by chunk,
 * and only when every one is complete are they swapped in, in one transaction. If anything
 * fails (the engine, a cast), the staging tables are dropped and the previous tables, still
 * untouched, stay queryable; the error is rethrown.
 */
export async function replaceTables(
  db: DbClient,
  replacements: readonly TableReplacement[],
  onProgress?: InsertProgress,
): Promise<void> {
  try {
    for (const { spec, rows } of replacements) {
      await fillStaging(db, spec, rows, onProgress);
    }
    await db.query('BEGIN TRANSACTION');
    try {
      for (const { spec } of replacements) {
        await db.query(`DROP TABLE IF EXISTS ${quoteIdentifier(spec.id)}`);
        await db.query(`ALTER TABLE ${stagingName(spec)} RENAME TO ${quoteIdentifier(spec.id)}`);
      }
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  } catch (error) {
    await dropStaging(db, replacements);
    throw error;
  }
}

/** Creates (or replaces) the dataset's table with explicit column types and inserts the rows. */
export async function replaceTable(
  db: DbClient,
  spec: DatasetSpec,
  rows: readonly ValidRow[],
): Promise<void> {
  await replaceTables(db, [{ spec, rows }]);
}

async function fillStaging(
  db: DbClient,
  spec: DatasetSpec,
  rows: readonly ValidRow[],
  onProgress: InsertProgress | undefined,
): Promise<void> {
  const table = stagingName(spec);
  const columns = spec.columns.map(
    (column) => `${quoteIdentifier(column.name)} ${sqlTypeOf(column.kind)}`,
  );
  await db.query(`CREATE OR REPLACE TABLE ${table} (${columns.join(', ')})`);
  const selects = spec.columns.map(
    (column, index) =>
      `CAST(NULLIF(c${index}, '') AS ${sqlTypeOf(column.kind)}) AS ${quoteIdentifier(column.name)}`,
  );
  const unnests = spec.columns.map((_, index) => `unnest(string_split(?, chr(31))) AS c${index}`);
  const insert = `INSERT INTO ${table} SELECT ${selects.join(', ')} FROM (SELECT ${unnests.join(', ')})`;
  for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
    const chunk = rows.slice(start, start + INSERT_CHUNK_ROWS);
    const params: SqlValue[] = spec.columns.map((column) =>
      chunk.map((row) => serialise(row[column.name] ?? null)).join(SEPARATOR),
    );
    await db.query(insert, params);
    onProgress?.(spec.id, start + chunk.length, rows.length);
  }
}

async function dropStaging(db: DbClient, replacements: readonly TableReplacement[]) {
  for (const { spec } of replacements) {
    try {
      await db.query(`DROP TABLE IF EXISTS ${stagingName(spec)}`);
    } catch {
      // The engine itself failed: nothing more can be cleaned; the original error is rethrown.
    }
  }
}

function serialise(value: string | number | null): string {
  return value === null ? '' : String(value);
}
