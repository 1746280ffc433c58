import { DATASET_SPECS } from '../data/schema.ts';
import { validateUpload } from '../data/validate-upload.ts';
import { INSERT_CHUNK_ROWS } from '../db/replace-table.ts';
import { UPLOAD_ISSUES_PER_CODE, type StreamUpload } from './load-uploads.ts';
import { throwIfCancelled, UnreadableFileError } from './upload-errors.ts';

/**
 * `validateInWorker` without the worker: the same streaming validator and the same batches,
 * run on the calling thread (Node tests and the benchmark, where there is no Web Worker).
 */
export const validateInProcess: StreamUpload = async (request, sink) => {
  const codes: string[] | null = request.collectCodes ? [] : null;
  const { source } = request;
  const result = await validateUpload(
    source,
    DATASET_SPECS[request.dataset],
    request.name,
    {
      batchRows: INSERT_CHUNK_ROWS,
      maxIssuesPerCode: UPLOAD_ISSUES_PER_CODE,
      ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
      ...(request.knownCodes === null ? {} : { knownCodes: new Set(request.knownCodes) }),
      ...(codes === null ? {} : { onRow: (row) => codes.push(String(row.code)) }),
      onProgress: (progress) => {
        throwIfCancelled(sink.signal);
        sink.onProgress(progress);
      },
    },
    async (batch, progress) => {
      throwIfCancelled(sink.signal);
      await sink.insert(batch);
      sink.onProgress(progress);
    },
  );
  if (!result.ok) throw new UnreadableFileError(request.name, result.reason);
  return { report: result.report, codes };
};
