import type { DatasetLoadReport } from '../data/load-report.ts';
import type { Manifest } from '../data/manifest.ts';
import type { DatasetId } from '../data/schema.ts';
import type { DbClient } from '../db/db-client.ts';

/** Where a table's rows come from: the files published with the site, a user's upload, or
 * nothing (cleared because an uploaded units file made its codes meaningless). */
export type DatasetOrigin = 'published' | 'upload' | 'cleared';

/** A file of the user's in use: what replaced one dataset, and when it was loaded. */
export interface UploadRecord {
  readonly dataset: DatasetId;
  readonly file: string;
  /** The sheet of an `.xlsx` workbook that was read, when one was asked for. */
  readonly sheet?: string;
  /** ISO timestamp of the load that first brought this file in (kept across restores). */
  readonly loadedAt: string;
  /** The file itself, kept so the state can be saved and restored after a reload. */
  readonly source: Blob | string;
}

/** What became of the user's saved data when the page opened. */
export type RestoreOutcome =
  | { readonly status: 'restored'; readonly files: readonly string[] }
  /** The saved files could not be loaded this time (an engine or worker failure): kept, retried. */
  | { readonly status: 'kept'; readonly message: string }
  | {
      readonly status: 'discarded';
      /** `corrupt`: the saved bytes fail their hash or shape; `failed`: they no longer load. */
      readonly reason: 'corrupt' | 'failed';
      readonly message: string;
    };

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
  /** The user's files whose rows are in the tables (none: only published data). */
  readonly uploads: readonly UploadRecord[];
  /** Set on the state the page opened with when saved data was restored or discarded. */
  readonly restore: RestoreOutcome | null;
}
