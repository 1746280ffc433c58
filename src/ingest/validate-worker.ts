// Runs in a Web Worker, one per file: reading, decoding, parsing and validating a file of millions
// of rows must not freeze the page, and the worker is ended to cancel it.
import { batchBuffers } from '../data/column-batch.ts';
import { DATASET_SPECS } from '../data/schema.ts';
import type { StreamProgress } from '../data/validate-csv-stream.ts';
import { inspectFile } from '../data/recognise-header.ts';
import { validateUpload } from '../data/validate-upload.ts';
import {
  MAX_BATCHES_IN_FLIGHT,
  parseWorkerRequest,
  type StartRequest,
  type WorkerMessage,
} from './upload-protocol.ts';

// Progress is posted at most this often between batches (the bar moves; the page is not flooded).
const PROGRESS_INTERVAL_MS = 100;

let credits = MAX_BATCHES_IN_FLIGHT;
let wake: (() => void) | null = null;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => {
  self.postMessage(message, { transfer });
};

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = parseWorkerRequest(event.data);
  if (request?.type === 'ack') {
    credits += 1;
    wake?.();
  } else if (request?.type === 'start') {
    void run(request);
  } else if (request?.type === 'inspect') {
    void inspectFile(request.source).then(
      (file) => {
        post({ type: 'inspected', file });
      },
      (error: unknown) => {
        post({ type: 'failed', unreadable: null, message: String(error) });
      },
    );
  }
});

async function credit(): Promise<void> {
  while (credits <= 0) {
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = null;
  }
  credits -= 1;
}

async function run(request: StartRequest): Promise<void> {
  try {
    const codes: string[] | null = request.collectCodes ? [] : null;
    let posted = 0;
    const result = await validateUpload(
      request.source,
      DATASET_SPECS[request.dataset],
      request.name,
      {
        batchRows: request.batchRows,
        maxIssuesPerCode: request.maxIssuesPerCode,
        ...(request.sheet === null ? {} : { sheet: request.sheet }),
        ...(request.knownCodes === null ? {} : { knownCodes: new Set(request.knownCodes) }),
        ...(codes === null ? {} : { onRow: (row) => codes.push(String(row.code)) }),
        onProgress: (progress: StreamProgress) => {
          const now = performance.now();
          if (now - posted < PROGRESS_INTERVAL_MS) return;
          posted = now;
          post({ type: 'progress', progress });
        },
      },
      async (batch, progress) => {
        await credit();
        posted = performance.now();
        post({ type: 'batch', batch, progress }, batchBuffers(batch));
      },
    );
    if (result.ok) {
      post({ type: 'done', report: result.report, codes });
    } else {
      post({ type: 'failed', unreadable: result.reason, message: request.name });
    }
  } catch (error) {
    post({
      type: 'failed',
      unreadable: null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
