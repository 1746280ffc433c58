import type { DatasetLoadReport } from '../data/load-report.ts';
import type { Manifest } from '../data/manifest.ts';
import type { DatasetId } from '../data/schema.ts';
import type { DbClient } from '../db/db-client.ts';

/** Where a table's rows come from: the files published with the site, a user's upload, or
 * nothing (cleared because an uploaded units file made its codes meaningless). */
export type DatasetOrigin = 'published' | 'upload' | 'cleared';

/** The loaded database and what is in it: what every view and every query key starts from. */
export interface LoadedData {
  readonly db: DbClient;
  /** Dataset version: the first element of every query key. */
  readonly version: string;
  /** Some figures shown are the synthetic sample: the UI and every export must say so. */
  readonly synthetic: boolean;
  /** One report per dataset, in load order: rows read = loaded + rejected, and the issues. */
  readonly reports: readonly DatasetLoadReport[];
  readonly origins: Readonly<Record<DatasetId, DatasetOrigin>>;
  /** The files published with the site (relative to `data/`), for download. */
  readonly published: Manifest;
}
