import { toColumnBatch, type ColumnBatch } from '../data/column-batch.ts';
import { sqlTypeOf, type DatasetId, type DatasetSpec, type ValidRow } from '../data/schema.ts';
import { encodeArrowBatch } from './arrow-batch.ts';
import type { DbClient } from './db-client.ts';
import { quoteIdentifier } from './identifiers.ts';
import { rebuildScorePoints } from './score-points.ts';

// Rows reach the engine as Arrow IPC streams of typed columns (`arrow-batch.ts`), appended to a
// staging table in one call each. Measured here: the engine takes 2 M index rows as fast as the
// upload worker validates them (> 100 k rows/s in Chromium), where the former one-string-per-
// column insert split in SQL managed ~30 k rows/s in Node. Arrow inserts keep working after
// `enable_external_access = false`: no file is registered (checked in Node and Chromium).

/**
 * Rows per inserted batch. One bound-string statement of a 9,000-row file once overflowed the wasm
 * engine's memory ("memory access out of bounds"); an Arrow batch of this many rows is about
 * 1 MB, and each call costs one round trip to the engine's worker.
 */
export const INSERT_CHUNK_ROWS = 16_384;

/** One table to replace: its schema and the validated rows it will hold. */
export interface TableReplacement {
  readonly spec: DatasetSpec;
  readonly rows: readonly ValidRow[];
}

/** Called after each inserted chunk with the rows inserted so far for the table being filled. */
export type InsertProgress = (dataset: DatasetSpec['id'], inserted: number, total: number) => void;

/**
 * Tables being replaced, all or nothing: each is filled in its own staging table, batch by batch,
 * while the live tables stay as they were and queryable; `commit` swaps every one in, in one
 * transaction; `discard` (or a failed commit) drops them and changes nothing.
 */
export interface StagedTables {
  /** Appends a batch of validated rows to the dataset's staging table. */
  append(dataset: DatasetId, batch: ColumnBatch): Promise<void>;
  /** Rows appended so far to the dataset's staging table. */
  inserted(dataset: DatasetId): number;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

const stagingTable = (spec: DatasetSpec) => `${spec.id}__staging`;

/** Creates an empty staging table for each spec (a leftover one is replaced). */
export async function stageTables(
  db: DbClient,
  specs: readonly DatasetSpec[],
): Promise<StagedTables> {
  const insertArrow = db.insertArrow?.bind(db);
  if (insertArrow === undefined) throw new Error('this database client cannot insert rows');
  const bySpec = new Map(specs.map((spec) => [spec.id, spec]));
  const counts = new Map<DatasetId, number>();
  const drop = async () => {
    for (const spec of specs) {
      try {
        await db.query(`DROP TABLE IF EXISTS ${quoteIdentifier(stagingTable(spec))}`);
      } catch {
        // The engine itself failed: nothing more can be cleaned; the original error is rethrown.
      }
    }
  };
  try {
    for (const spec of specs) {
      const columns = spec.columns.map(
        (column) => `${quoteIdentifier(column.name)} ${sqlTypeOf(column.kind)}`,
      );
      await db.query(
        `CREATE OR REPLACE TABLE ${quoteIdentifier(stagingTable(spec))} (${columns.join(', ')})`,
      );
      counts.set(spec.id, 0);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  let settled = false;
  return {
    async append(dataset, batch) {
      const spec = bySpec.get(dataset);
      if (spec === undefined || settled) throw new Error(`no staging table for ${dataset}`);
      if (batch.length === 0) return;
      await insertArrow(stagingTable(spec), encodeArrowBatch(spec, batch));
      counts.set(dataset, (counts.get(dataset) ?? 0) + batch.length);
    },
    inserted: (dataset) => counts.get(dataset) ?? 0,
    async commit() {
      if (settled) throw new Error('the staging tables are already settled');
      settled = true;
      try {
        await db.query('BEGIN TRANSACTION');
        try {
          for (const spec of specs) {
            await db.query(`DROP TABLE IF EXISTS ${quoteIdentifier(spec.id)}`);
            await db.query(
              `ALTER TABLE ${quoteIdentifier(stagingTable(spec))} RENAME TO ${quoteIdentifier(spec.id)}`,
            );
          }
          if (bySpec.has('index_scores')) await rebuildScorePoints(db);
          await db.query('COMMIT');
        } catch (error) {
          await db.query('ROLLBACK');
          throw error;
        }
      } catch (error) {
        await drop();
        throw error;
      }
    },
    async discard() {
      settled = true;
      await drop();
    },
  };
}

/**
 * Replaces several tables all or nothing (`stageTables`), inserting each one's rows in chunks
 * of `INSERT_CHUNK_ROWS`. If anything fails (the engine, a value the table cannot hold), the
 * staging tables are dropped and the previous tables, still untouched, stay queryable; the
 * error is rethrown.
 */
export async function replaceTables(
  db: DbClient,
  replacements: readonly TableReplacement[],
  onProgress?: InsertProgress,
): Promise<void> {
  const staged = await stageTables(
    db,
    replacements.map(({ spec }) => spec),
  );
  try {
    for (const { spec, rows } of replacements) {
      for (let start = 0; start < rows.length; start += INSERT_CHUNK_ROWS) {
        const chunk = rows.slice(start, start + INSERT_CHUNK_ROWS);
        await staged.append(spec.id, toColumnBatch(spec, chunk));
        onProgress?.(spec.id, start + chunk.length, rows.length);
      }
    }
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.commit();
}

/** Creates (or replaces) the dataset's table with explicit column types and inserts the rows. */
export async function replaceTable(
  db: DbClient,
  spec: DatasetSpec,
  rows: readonly ValidRow[],
): Promise<void> {
  await replaceTables(db, [{ spec, rows }]);
}
