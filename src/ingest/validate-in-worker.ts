import type { ValidateUpload } from './load-uploads.ts';
import type { ValidationResult } from '../data/validate-dataset.ts';
import { UnreadableFileError } from './upload-errors.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Parses and validates one uploaded file in a Web Worker (one worker per file, ended after it
 * answers), so a large file does not freeze the page. The result is the validator's own output.
 */
export const validateInWorker: ValidateUpload = (dataset, name, source, knownCodes) =>
  new Promise<ValidationResult>((resolve, reject) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      worker.terminate();
      const response = event.data;
      if (isRecord(response) && response.ok === true && isValidationResult(response.result)) {
        resolve(response.result);
      } else if (
        isRecord(response) &&
        (response.unreadable === 'binary' || response.unreadable === 'unknown_encoding')
      ) {
        reject(new UnreadableFileError(name, response.unreadable));
      } else {
        const message = isRecord(response) ? String(response.message) : 'bad worker response';
        reject(new Error(`${name}: ${message}`));
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`${name}: ${event.message || 'validation worker failed'}`));
    });
    worker.postMessage({ dataset, name, source, knownCodes: knownCodes ?? null });
  });

// The worker runs our own validator; this only guards against a mismatched build.
function isValidationResult(value: unknown): value is ValidationResult {
  return (
    isRecord(value) &&
    Array.isArray(value.rows) &&
    Array.isArray(value.issues) &&
    typeof value.rowsRead === 'number' &&
    typeof value.rowsLoaded === 'number'
  );
}
