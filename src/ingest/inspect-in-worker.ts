import type { InspectedFile } from '../data/recognise-header.ts';
import { parseWorkerMessage } from './upload-protocol.ts';

/**
 * Says what a chosen file is before it is loaded (`inspectFile`), in a worker of its own: an
 * `.xlsx` workbook is read whole to list its sheets, which must not freeze the page. Where
 * there are no workers (tests), on the calling thread.
 */
export function inspectInWorker(file: Blob): Promise<InspectedFile> {
  if (typeof Worker === 'undefined') {
    // Loaded only here: the workbook reader must not weigh on the page's first load.
    return import('../data/recognise-header.ts').then(({ inspectFile }) => inspectFile(file));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = parseWorkerMessage(event.data);
      worker.terminate();
      if (message?.type === 'inspected') resolve(message.file);
      else reject(new Error(message?.type === 'failed' ? message.message : 'bad worker response'));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'inspection worker failed'));
    });
    worker.postMessage({ type: 'inspect', source: file });
  });
}
