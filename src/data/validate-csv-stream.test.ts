import { describe, expect, it } from 'vitest';
import { scoreLine, unitCode } from '../../test/helpers/large-upload.ts';
import { fromColumnBatch, type ColumnBatch } from './column-batch.ts';
import { CSV_GUESS_CHARS, parseCsv } from './parse-csv.ts';
import { indexScoresSpec, petitionsSpec, type DatasetSpec, type ValidRow } from './schema.ts';
import {
  utf8Chunks,
  validateCsvStream,
  type CsvStreamOptions,
  type StreamProgress,
} from './validate-csv-stream.ts';
import { validateDataset } from './validate-dataset.ts';

const HEADER = 'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh,mdhl,total';
const UNITS = 500;
const KNOWN = new Set(Array.from({ length: UNITS }, (_, unit) => unitCode(unit)));

/**
 * More than two CSV_GUESS_CHARS of index scores with a problem every few hundred rows: unknown
 * codes, bad values, totals that do not add up, blank lines, stray quotes, and duplicates of
 * rows read long before (across batches and pieces).
 */
function scoresWithProblems(): string {
  const lines = [HEADER];
  for (let row = 0; lines.length < 45_000; row += 1) {
    const unit = row % UNITS;
    const day = Math.floor(row / UNITS);
    const line = scoreLine(unit, day);
    if (row % 997 === 5) lines.push(line.replace(/^\d+/, '99999'));
    else if (row % 991 === 7) lines.push(line.replace(',month,', ',weekly,'));
    else if (row % 983 === 9) lines.push(line.replace(/,[\d.]+$/, ',12.34'));
    else if (row % 977 === 11) lines.push('');
    else if (row % 971 === 13) lines.push(`${unitCode(unit)},"2025-01-01,month`);
    else if (row % 967 === 15) lines.push(scoreLine(unit, Math.max(0, day - 40)));
    else lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}

async function stream(
  input: AsyncIterable<Uint8Array> | string,
  spec: DatasetSpec,
  options: Partial<CsvStreamOptions> = {},
) {
  const batches: ColumnBatch[] = [];
  const progress: StreamProgress[] = [];
  const result = await validateCsvStream(
    input,
    spec,
    'big.csv',
    { batchRows: 4096, ...options, onProgress: (step) => progress.push(step) },
    (batch) => {
      batches.push(batch);
      return Promise.resolve();
    },
  );
  const rows: ValidRow[] = batches.flatMap(fromColumnBatch);
  return { result, batches, rows, progress };
}

describe('validateCsvStream', () => {
  const text = scoresWithProblems();

  it('loads and reports a streamed file exactly as the whole-file validator does', async () => {
    expect(text.length).toBeGreaterThan(2 * CSV_GUESS_CHARS);
    const whole = validateDataset(indexScoresSpec, 'big.csv', parseCsv(text), {
      knownCodes: KNOWN,
    });
    expect(whole.rowsRejected).toBeGreaterThan(200);
    expect(new Set(whole.issues.map((issue) => issue.code))).toEqual(
      new Set(['unknown_code', 'bad_enum', 'total_mismatch', 'parse_error', 'duplicate_key']),
    );
    for (const chunkChars of [1000, 64 * 1024, 3 * CSV_GUESS_CHARS]) {
      const { result, batches, rows, progress } = await stream(
        utf8Chunks(text, chunkChars),
        indexScoresSpec,
        { knownCodes: KNOWN },
      );
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { rows: expectedRows, ...expectedReport } = whole;
      expect(result.report).toEqual(expectedReport);
      expect(rows).toEqual(expectedRows);
      expect(batches.every((batch) => batch.length <= 4096)).toBe(true);
      const last = progress.at(-1);
      expect(last).toEqual({
        bytesRead: new TextEncoder().encode(text).length,
        rowsRead: whole.rowsRead,
        rowsLoaded: whole.rowsLoaded,
        rowsRejected: whole.rowsRejected,
      });
      for (const [index, step] of progress.entries()) {
        expect(step.rowsRead).toBe(step.rowsLoaded + step.rowsRejected);
        expect(step.rowsRead).toBeGreaterThanOrEqual(progress[index - 1]?.rowsRead ?? 0);
      }
    }
  });

  it('keeps the first issues of each code and counts the others exactly', async () => {
    const { result } = await stream(text, indexScoresSpec, {
      knownCodes: KNOWN,
      maxIssuesPerCode: 3,
    });
    const whole = validateDataset(indexScoresSpec, 'big.csv', parseCsv(text), {
      knownCodes: KNOWN,
    });
    if (!result.ok) throw new Error('not read');
    const counts = new Map<string, number>();
    for (const issue of whole.issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
    for (const [code, count] of counts) {
      const kept = result.report.issues.filter((issue) => issue.code === code);
      expect(kept).toEqual(whole.issues.filter((issue) => issue.code === code).slice(0, 3));
      expect(result.report.omittedIssues[code as keyof typeof result.report.omittedIssues]).toBe(
        count - 3,
      );
    }
    expect(result.report.rowsRejected).toBe(whole.rowsRejected);
    expect(result.report.rowsRead).toBe(result.report.rowsLoaded + result.report.rowsRejected);
  });

  it('refuses a file whose bytes stop being text, even after rows were handed on', async () => {
    const clean = [
      HEADER,
      ...Array.from({ length: 40_000 }, (_, row) =>
        scoreLine(row % UNITS, Math.floor(row / UNITS)),
      ),
    ].join('\n');
    async function* chunks() {
      yield* utf8Chunks(clean.slice(0, 2 * CSV_GUESS_CHARS));
      yield new Uint8Array([0xff, 0x0a]);
      yield* utf8Chunks(clean.slice(2 * CSV_GUESS_CHARS));
    }
    const { result, rows } = await stream(chunks(), indexScoresSpec, { knownCodes: KNOWN });
    expect(result).toEqual({ ok: false, reason: 'unknown_encoding' });
    // The caller drops these: the file is refused as a whole.
    expect(rows.length).toBeGreaterThan(0);
  });

  it('decides a column’s number notation on the first piece of text, not the whole file', async () => {
    const header = 'code,month,topic,received,answered_on_spot,answered_later,transferred,pending';
    const line = (received: string, spot: string) => `20242,2026-01,khac,${received},${spot},0,0,0`;
    // Everything in the first CSV_GUESS_CHARS reads the same in both notations ("1052")…
    const first: string[] = [];
    for (let length = 0; length < CSV_GUESS_CHARS * 1.1; length += (first.at(-1) ?? '').length) {
      first.push(line('1052', '1052').replace('20242', String(10_000 + first.length)));
    }
    // …and only later comes a value that needs vi-VN: "1.052" (one thousand and fifty-two).
    const text = [header, ...first, line('1.052', '1.052').replace('20242', '09999')].join('\n');
    const whole = validateDataset(petitionsSpec, 'p.csv', parseCsv(text));
    expect(whole.rowsRejected).toBe(0);
    const { result } = await stream(text, petitionsSpec);
    if (!result.ok) throw new Error('not read');
    // The whole-file validator saw "1.052" and read the column as vi-VN; the stream had
    // decided plain on its first piece, so it rejects "1.052" (and says so) instead.
    expect(result.report.rowsRejected).toBe(1);
    expect(result.report.issues.map((issue) => [issue.code, issue.found])).toEqual([
      ['not_integer', '1.052'],
      ['not_integer', '1.052'],
    ]);
  });
});
