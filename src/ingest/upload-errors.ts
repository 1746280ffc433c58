import type { UnreadableReason } from '../data/validate-upload.ts';
import type { DatasetLoadReport } from '../data/load-report.ts';

export type { UnreadableReason } from '../data/validate-upload.ts';

/**
 * Refused: some file has no valid row (empty, header only, not CSV, or every row rejected).
 * Nothing was changed; `reports` say, per such file, what was read and why each row was rejected.
 */
export class EmptyUploadError extends Error {
  readonly reports: readonly DatasetLoadReport[];

  constructor(reports: readonly DatasetLoadReport[]) {
    super(
      `no valid row in ${reports.map((report) => report.file).join(', ')}: nothing was changed`,
    );
    this.name = 'EmptyUploadError';
    this.reports = reports;
  }
}

const REASONS: Readonly<Record<UnreadableReason, string>> = {
  binary: 'not a CSV text or an .xlsx workbook',
  unknown_encoding: 'not UTF-8, UTF-16 or Windows-1258',
  xls: 'an Excel 97-2003 .xls workbook',
  not_xlsx: 'not a readable .xlsx workbook',
  sheet_not_found: 'the chosen sheet is not in the workbook',
};

/** Every reason, for checking one that crossed a worker boundary. */
export const UNREADABLE_REASONS = Object.keys(REASONS) as readonly UnreadableReason[];

/** Refused before parsing: the file is not text, or not in an encoding that can be trusted. */
export class UnreadableFileError extends Error {
  readonly file: string;
  readonly reason: UnreadableReason;

  constructor(file: string, reason: UnreadableReason) {
    super(`${file}: ${REASONS[reason]}`);
    this.name = 'UnreadableFileError';
    this.file = file;
    this.reason = reason;
  }
}

/** The user cancelled the upload: the worker was ended, the staging tables dropped, nothing changed. */
export class UploadCancelledError extends Error {
  constructor() {
    super('the upload was cancelled: nothing was changed');
    this.name = 'UploadCancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new UploadCancelledError();
}
