import type { DbClient } from './db-client.ts';

/**
 * Run once, after the datasets are loaded: from here on no SQL (including what a user types in
 * the console) can read files, reach the network or change the configuration back. Both
 * settings are one-way in DuckDB.
 */
export async function lockDown(db: DbClient): Promise<void> {
  await db.query('SET enable_external_access = false');
  await db.query('SET lock_configuration = true');
}

/** Run right after connecting: never fetch an extension from the internet (tech-notes §1). */
export async function disableExtensionAutoload(db: DbClient): Promise<void> {
  await db.query('SET autoinstall_known_extensions = false');
  await db.query('SET autoload_known_extensions = false');
}
