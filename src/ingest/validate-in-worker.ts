import { INSERT_CHUNK_ROWS } from '../db/replace-table.ts';
import { UPLOAD_ISSUES_PER_CODE, type StreamUpload } from './load-uploads.ts';
import { UnreadableFileError, UploadCancelledError } from './upload-errors.ts';
import { parseWorkerMessage, type StartRequest, type WorkerRequest } from './upload-protocol.ts';

/**
 * Streams one uploaded file through a Web Worker (one per file, ended when it answers or on
 * cancel), so neither a large file nor its validation freezes the page. Each batch the worker
 * posts is inserted (`sink.insert`) before the worker is told it may post another, in order;
 * the file's report and codes come with its last message.
 */
export const validateInWorker: StreamUpload = (request, sink) =>
  new Promise((resolve, reject) => {
    const { name } = request;
    if (sink.signal?.aborted === true) {
      reject(new UploadCancelledError());
      return;
    }
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
      type: 'module',
    });
    let settled = false;
    let inserts: Promise<void> = Promise.resolve();
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      sink.signal?.removeEventListener('abort', cancel);
      outcome();
    };
    const fail = (error: unknown) => {
      settle(() => {
        reject(error instanceof Error ? error : new Error(`${name}: ${String(error)}`));
      });
    };
    const cancel = () => {
      fail(new UploadCancelledError());
    };
    const send = (message: WorkerRequest) => {
      worker.postMessage(message);
    };
    // Inserts run one after another, in the order the batches came; a failure ends the file.
    const enqueue = (task: () => Promise<void>) => {
      inserts = inserts.then(task).catch(fail);
    };
    sink.signal?.addEventListener('abort', cancel, { once: true });

    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (settled) return;
      const message = parseWorkerMessage(event.data);
      if (message === null) {
        fail(new Error(`${name}: bad worker response`));
        return;
      }
      switch (message.type) {
        case 'progress':
          sink.onProgress(message.progress);
          break;
        case 'batch':
          enqueue(async () => {
            if (settled) return;
            await sink.insert(message.batch);
            sink.onProgress(message.progress);
            send({ type: 'ack' });
          });
          break;
        case 'done':
          enqueue(() => {
            settle(() => {
              resolve({ report: message.report, codes: message.codes });
            });
            return Promise.resolve();
          });
          break;
        case 'failed':
          fail(
            message.unreadable === null
              ? new Error(`${name}: ${message.message}`)
              : new UnreadableFileError(name, message.unreadable),
          );
          break;
      }
    });
    worker.addEventListener('error', (event) => {
      fail(new Error(`${name}: ${event.message || 'validation worker failed'}`));
    });
    const start: StartRequest = {
      type: 'start',
      dataset: request.dataset,
      name,
      source: request.source,
      knownCodes: request.knownCodes,
      collectCodes: request.collectCodes,
      sheet: request.sheet ?? null,
      batchRows: INSERT_CHUNK_ROWS,
      maxIssuesPerCode: UPLOAD_ISSUES_PER_CODE,
    };
    send(start);
  });
