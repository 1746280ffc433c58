import { createColumnBatchBuilder, type ColumnBatch } from './column-batch.ts';
import { createTextStreamDecoder } from './decode-text-stream.ts';
import { createCsvTokenizer, CSV_GUESS_CHARS, type ParsedCsv } from './parse-csv.ts';
import type { DatasetSpec, ValidRow } from './schema.ts';
import {
  createDatasetValidator,
  type ValidateOptions,
  type ValidationResult,
} from './dataset-validator.ts';

/** How far a streamed file has come. */
export interface StreamProgress {
  readonly bytesRead: number;
  /** Records validated so far: accepted (`rowsLoaded`) or rejected. */
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
}

export interface CsvStreamOptions extends ValidateOptions {
  /** Accepted rows per batch (the last batch may have fewer). */
  readonly batchRows: number;
  /** Called after each piece of text is validated. */
  readonly onProgress?: (progress: StreamProgress) => void;
  /** Sees each accepted row before it is encoded (the units' codes are collected so). */
  readonly onRow?: (row: ValidRow) => void;
}

export type CsvStreamResult =
  | { readonly ok: true; readonly report: Omit<ValidationResult, 'rows'> }
  | { readonly ok: false; readonly reason: 'binary' | 'unknown_encoding' };

// After the first CSV_GUESS_CHARS, text is tokenised in pieces of about this size: the records
// of a piece are dropped before the next one is read, which keeps them young for the collector.
const PIECE_CHARS = 64 * 1024;

/**
 * Decodes (`createTextStreamDecoder`), tokenises (`createCsvTokenizer`) and validates
 * (`createDatasetValidator`) a CSV file while its bytes arrive, and hands the accepted rows on
 * in column batches, awaiting each one: what is held at a time is a piece of text, one batch,
 * the key index and the kept issues, never the whole file or an object per row. Same outcome as `decodeText`, `parseCsv`
 * and `validateDataset` on the whole file, except that each column's number notation is decided
 * on the first block (`CSV_GUESS_CHARS` of text), not on all its values. A refusal (the bytes
 * are not text) can come after some batches were handed on: the caller drops them.
 */
export async function validateCsvStream(
  input: AsyncIterable<Uint8Array> | string,
  spec: DatasetSpec,
  file: string,
  options: CsvStreamOptions,
  onBatch: (batch: ColumnBatch, progress: StreamProgress) => Promise<void>,
): Promise<CsvStreamResult> {
  const decoder = createTextStreamDecoder();
  const tokenizer = createCsvTokenizer();
  const validator = createDatasetValidator(spec, file, options);
  const builder = createColumnBatchBuilder(spec, options.batchRows);
  let text = '';
  let bytesRead = 0;
  let headerRead = false;

  const progress = (): StreamProgress => ({
    bytesRead,
    rowsRead: validator.rowsRead,
    rowsLoaded: validator.rowsLoaded,
    rowsRejected: validator.rowsRead - validator.rowsLoaded,
  });
  const flush = async () => {
    if (builder.length > 0) await onBatch(builder.build(), progress());
  };
  const validate = async (csv: ParsedCsv, final: boolean) => {
    // The validator reads the header from its first piece: wait until there is one.
    if (!headerRead && csv.headerLine === 0 && !final) return;
    headerRead = true;
    for (const row of validator.push(csv)) {
      options.onRow?.(row);
      builder.add(row);
      if (builder.length >= options.batchRows) await flush();
    }
  };

  const tokenise = async () => {
    if (text.length < (headerRead ? PIECE_CHARS : CSV_GUESS_CHARS)) return;
    const piece = text;
    text = '';
    await validate(tokenizer.push(piece), false);
    options.onProgress?.(progress());
  };

  if (typeof input === 'string') {
    // Already text (a test, or a caller that decoded it): no bytes to decode.
    for (let start = 0; start < input.length; start += PIECE_CHARS) {
      text += input.slice(start, start + PIECE_CHARS);
      bytesRead = Math.min(input.length, start + PIECE_CHARS);
      await tokenise();
    }
    bytesRead = input.length;
  } else {
    for await (const chunk of input) {
      // A stream may hand over a whole file at once: read it a piece at a time all the same.
      for (let start = 0; start < chunk.length; start += PIECE_CHARS) {
        const bytes = chunk.subarray(start, start + PIECE_CHARS);
        bytesRead += bytes.length;
        text += decoder.push(bytes);
        if (decoder.failed) text = '';
        else await tokenise();
      }
    }
    const decoded = decoder.end();
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    text += decoded.text;
  }
  await validate(tokenizer.end(text), true);
  await flush();
  options.onProgress?.(progress());
  return { ok: true, report: validator.finish() };
}

/** A text as a stream of UTF-8 byte chunks (tests, benchmarks, in-process loading). */
export async function* utf8Chunks(
  text: string,
  chunkChars = 64 * 1024,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + chunkChars);
    // Never cut a surrogate pair: each half alone would encode as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield encoder.encode(text.slice(start, end));
    start = end;
    await Promise.resolve();
  }
}

/** A file's bytes as a stream of chunks (`Blob.stream()`, read without holding the file). */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
