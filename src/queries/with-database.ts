import { skipToken } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import type { DbClient } from '../db/db-client.ts';

/**
 * The `queryFn` of a question: runs it once the database is loaded, and skips until then.
 * Keys carry `data.version`, which identifies the loaded database, so `db` itself is not a key.
 */
export function withDatabase<T>(
  data: LoadedData | undefined,
  run: (db: DbClient) => Promise<T>,
): (() => Promise<T>) | typeof skipToken {
  return data ? () => run(data.db) : skipToken;
}
