import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunksOf,
  contentLines,
  cutBytes,
  encodeText,
  junkBytes,
} from '../../test/helpers/csv-bytes.ts';
import { csvRecipe, type CsvRecipe } from '../../test/helpers/csv-recipe.ts';
import { renderCsv, type RenderedCsv } from '../../test/helpers/render-csv.ts';
import { scoreLine, unitCode } from '../../test/helpers/large-upload.ts';
import { fromColumnBatch } from './column-batch.ts';
import { decodeText, type TextEncoding } from './decode-text.ts';
import type { ValidationResult } from './dataset-validator.ts';
import { createCsvTokenizer, CSV_GUESS_CHARS, parseCsv, type ParsedCsv } from './parse-csv.ts';
import { DATASET_SPECS, type DatasetId, type ValidRow } from './schema.ts';
import { validateCsvStream } from './validate-csv-stream.ts';
import { validateDataset } from './validate-dataset.ts';

/** The units the generated files' other datasets refer to (units files use `UNIT_POOL`). */
const CODES = ['20242', '20257', '20260', '00004', '20300'];
const KNOWN = new Set(CODES);
/** The large files' first block uses codes of its own (`scoreLine`'s). */
const KNOWN_LARGE = new Set([
  ...CODES,
  ...Array.from({ length: 500 }, (_, unit) => unitCode(unit)),
]);

const optionsFor = (dataset: DatasetId, known: ReadonlySet<string>) =>
  dataset === 'units' ? {} : { knownCodes: known };

/** Streams bytes cut into `chunks` through the upload validator, collecting the batches' rows. */
async function stream(
  chunks: readonly Uint8Array[],
  dataset: DatasetId,
  known: ReadonlySet<string> = KNOWN,
  batchRows = 7,
) {
  const rows: ValidRow[] = [];
  const result = await validateCsvStream(
    chunksOf(chunks),
    DATASET_SPECS[dataset],
    'f.csv',
    { batchRows, ...optionsFor(dataset, known) },
    (batch) => {
      rows.push(...fromColumnBatch(batch));
      return Promise.resolve();
    },
  );
  return { result, rows };
}

/**
 * A count written `-0` is -0 in `validateDataset`'s rows but 0 out of the Int32 column batch (the
 * same value once in the table): compare rows with every zero made +0.
 */
function sameZero(rows: readonly ValidRow[]): ValidRow[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => [name, Object.is(value, -0) ? 0 : value]),
    ),
  );
}

/** The whole-file path: `decodeText`, `parseCsv`, `validateDataset`. */
function whole(bytes: Uint8Array, dataset: DatasetId, known: ReadonlySet<string> = KNOWN) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const csv = parseCsv(decoded.text);
  const result = validateDataset(DATASET_SPECS[dataset], 'f.csv', csv, optionsFor(dataset, known));
  return { ...decoded, csv, result };
}

/**
 * The reconciliation, counted apart from the validator's own totals: a rejected record is a line
 * that carries an error (every record of a file whose header is unusable), a flagged one a line
 * that carries only warnings.
 */
function expectReconciled(report: Omit<ValidationResult, 'rows'>, headerLine: number): void {
  expect(report.rowsRead).toBe(report.rowsLoaded + report.rowsRejected);
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const headerBroken = errors.some((issue) => issue.line === Math.max(headerLine, 1));
  const errorLines = new Set(errors.map((issue) => issue.line));
  expect(report.rowsRejected).toBe(headerBroken ? report.rowsRead : errorLines.size);
  const flagged = new Set(
    report.issues
      .filter((issue) => issue.severity === 'warning' && !errorLines.has(issue.line))
      .map((issue) => issue.line),
  );
  expect(report.rowsFlagged).toBe(headerBroken ? 0 : flagged.size);
}

const generatedFiles: fc.Arbitrary<RenderedCsv> = fc
  .oneof(
    csvRecipe({ shape: 'chaotic' }),
    csvRecipe({ shape: 'structured' }),
    csvRecipe({ shape: 'loadable' }),
    csvRecipe({ shape: 'unloadable' }),
  )
  .map((recipe) => renderCsv(recipe, CODES));

/** What `decodeText` must say the file is in: ASCII-only text is read as UTF-8 whatever wrote it. */
function decodedEncoding(file: RenderedCsv): TextEncoding {
  switch (file.encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return 'utf-8';
    case 'windows-1258':
      return /[^\p{ASCII}]/u.test(file.text) ? 'windows-1258' : 'utf-8';
    default:
      return file.encoding;
  }
}

const RUN = { seed: 20_260_101, numRuns: 200, timeout: 5000 } as const;

describe('the CSV pipeline on generated files', () => {
  it('reads every record once: rows read = loaded + rejected = the non-blank records written', async () => {
    await fc.assert(
      fc.asyncProperty(generatedFiles, async (file) => {
        const { dataset } = file.recipe;
        const { result, rows } = await stream([file.bytes], dataset);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { report } = result;
        expectReconciled(report, file.headerLine);
        expect(report.rowsRead).toBe(file.records);
        expect(report.rowsLoaded).toBe(rows.length);
        expect(report.rowsLoaded).toBeLessThanOrEqual(file.intact);
        if (!file.headerUsable) expect(report.rowsLoaded).toBe(0);
        if (file.predictable) expect(report.rowsLoaded).toBeGreaterThanOrEqual(file.validKeys);
        const columns = DATASET_SPECS[dataset].columns.map((column) => column.name).sort();
        for (const row of rows) expect(Object.keys(row).sort()).toEqual(columns);
      }),
      RUN,
    );
  });

  it('decodes every encoding to the text written, and streams it as the whole file reads', async () => {
    const cuts = fc.array(fc.nat(), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(generatedFiles, cuts, async (file, offsets) => {
        const { dataset } = file.recipe;
        const reference = whole(file.bytes, dataset);
        expect(reference.ok).toBe(true);
        if (!reference.ok) return;
        expect([reference.text, reference.encoding]).toEqual([file.text, decodedEncoding(file)]);
        const single = await stream([file.bytes], dataset);
        const cut = await stream(cutBytes(file.bytes, offsets), dataset);
        expect(cut).toEqual(single);
        const { rows, ...report } = reference.result;
        expect(single.result).toEqual({ ok: true, report });
        expect(single.rows).toEqual(sameZero(rows));
      }),
      { ...RUN, numRuns: 120 },
    );
  });

  it('refuses junk bytes with a reason, or reads them reconciled, the same however they are cut', async () => {
    const cuts = fc.array(fc.nat(), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(junkBytes, cuts, async (bytes, offsets) => {
        const reference = whole(bytes, 'petitions');
        const single = await stream([bytes], 'petitions');
        const cut = await stream(cutBytes(bytes, offsets), 'petitions');
        expect(cut).toEqual(single);
        if (!reference.ok) {
          expect(single.result).toEqual({ ok: false, reason: reference.reason });
          return;
        }
        const { csv, result } = reference;
        const { rows, ...report } = result;
        expect(single.result).toEqual({ ok: true, report });
        expect(single.rows).toEqual(sameZero(rows));
        expectReconciled(report, csv.headerLine);
        // Each record read starts on its own line with some content, the header's excepted.
        const header = csv.headerLine > 0 ? 1 : 0;
        expect(report.rowsRead + header).toBeLessThanOrEqual(contentLines(reference.text));
      }),
      { ...RUN, numRuns: 300 },
    );
  });
});

const clearBlocks = new Map<string, readonly string[]>();

/** Valid score lines in the file's delimiter and notation: a little more than the first block. */
function clearBlock(recipe: CsvRecipe): readonly string[] {
  const key = JSON.stringify([recipe.delimiter, recipe.numbers, recipe.lineEnd]);
  const cached = clearBlocks.get(key);
  if (cached !== undefined) return cached;
  const lines: string[] = [];
  let chars = 0;
  for (let row = 0; chars < CSV_GUESS_CHARS * 1.02; row += 1) {
    const line = scoreLine(row % 500, Math.floor(row / 500));
    const decimal = recipe.numbers === 'vi' ? ',' : '.';
    const written =
      recipe.delimiter === ','
        ? line
        : line.replaceAll(',', recipe.delimiter).replaceAll('.', decimal);
    lines.push(written);
    chars += written.length + recipe.lineEnd.length;
  }
  clearBlocks.set(key, lines);
  return lines;
}

/** Concatenates what a tokenizer returned piece by piece. */
function joined(pieces: readonly ParsedCsv[]): ParsedCsv {
  const last = pieces.at(-1);
  return {
    header: last?.header ?? [],
    headerLine: last?.headerLine ?? 0,
    delimiter: last?.delimiter ?? ',',
    records: pieces.flatMap((piece) => piece.records),
    errors: pieces.flatMap((piece) => piece.errors),
  };
}

/** Long lists compared as JSON text: a deep equality of tens of thousands of rows is slow. */
const same = (actual: unknown, expected: unknown) => {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
};

describe('the CSV pipeline on files larger than the first block', () => {
  // The generated records follow a clean block of index scores under the spec's own header, so
  // the delimiter and each column's number notation are decided the same way streamed or whole.
  const largeFiles = csvRecipe({
    datasets: ['index_scores'],
    shape: 'chaotic',
    maxRecords: 40,
  }).map((recipe) => {
    const columns = DATASET_SPECS.index_scores.columns.map((_, index) => index);
    const canonical: CsvRecipe = {
      ...recipe,
      leadingBlanks: [],
      header: { columns, names: columns.map(() => 0), style: 'as_is', damage: 'none' },
    };
    return renderCsv(canonical, CODES, clearBlock(canonical));
  });
  // Cuts anywhere, and near the end, where the generated records are.
  const cuts = fc.tuple(
    fc.array(fc.nat(), { maxLength: 6 }),
    fc.array(fc.nat({ max: 4000 }), { maxLength: 6 }),
  );
  const cutPoints = (length: number, [anywhere, nearEnd]: [number[], number[]]) =>
    [
      ...anywhere.map((offset) => offset % (length + 1)),
      ...nearEnd.map((offset) => Math.max(0, length - offset)),
    ].sort((a, b) => a - b);
  const LARGE_RUN = { ...RUN, numRuns: 5, timeout: 15_000 };

  it('tokenises any cut of the text as the whole text', async () => {
    await fc.assert(
      fc.asyncProperty(largeFiles, cuts, async (file, offsets) => {
        await Promise.resolve();
        const { text } = file;
        const tokenizer = createCsvTokenizer();
        const pieces: ParsedCsv[] = [];
        let start = 0;
        for (const point of cutPoints(text.length, offsets)) {
          pieces.push(tokenizer.push(text.slice(start, point)));
          start = point;
        }
        pieces.push(tokenizer.end(text.slice(start)));
        same(joined(pieces), parseCsv(text));
      }),
      LARGE_RUN,
    );
  });

  it('validates any chunking of the bytes as the whole file', async () => {
    await fc.assert(
      fc.asyncProperty(largeFiles, cuts, async (file, offsets) => {
        const { bytes } = file;
        const chunks = cutBytes(bytes, cutPoints(bytes.length, offsets));
        const cut = await stream(chunks, 'index_scores', KNOWN_LARGE, 4096);
        const reference = whole(bytes, 'index_scores', KNOWN_LARGE);
        if (!reference.ok) throw new Error('not read');
        const { rows, ...report } = reference.result;
        expect(cut.result).toEqual({ ok: true, report });
        same(cut.rows, sameZero(rows));
        expect(report.rowsRead).toBe(file.records);
        expectReconciled(report, file.headerLine);
      }),
      LARGE_RUN,
    );
  });
});

const ONSETS = ['', 'b', 'ch', 'đ', 'gh', 'kh', 'l', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', 'x'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];

/** Vietnamese syllables: any vowel with any tone mark, so letters with two marks (ệ, ấ) too. */
const syllable = fc
  .tuple(
    fc.constantFrom(...ONSETS),
    fc.constantFrom(...VOWELS),
    fc.constantFrom(...TONES),
    fc.constantFrom(...CODAS),
  )
  .map(([onset, vowel, tone, coda]) => `${onset}${vowel}${tone}`.normalize('NFC') + coda);

describe('known bugs (`it.fails` while they stand: drop `.fails` once fixed)', () => {
  // `decodeText` trusts Windows-1258 only when the text reads as Vietnamese (`VIETNAMESE`), tested
  // after NFC: a letter with two marks (ệ = ê + dot below) is then one precomposed character the
  // pattern does not list, so a file whose only accented letters are such is refused. Smallest
  // case: the bytes of "code,name\n20242,Nguyệt\n" (ệ as 0xEA 0xF2) → unknown_encoding.
  it('reads Windows-1258 text whatever Vietnamese letters it has', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(syllable, { minLength: 1, maxLength: 3 }), async (words) => {
        await Promise.resolve();
        const text = `code,name\n20242,${words.join(' ')}\n`;
        const { bytes, encoding } = encodeText(text, 'windows-1258');
        expect(encoding).toBe('windows-1258');
        const ascii = !/[^\p{ASCII}]/u.test(text);
        expect(decodeText(bytes)).toEqual({
          ok: true,
          text,
          encoding: ascii ? 'utf-8' : 'windows-1258',
        });
      }),
      { ...RUN, numRuns: 100 },
    );
  });

  // Line numbers are counted by LF only: in a file broken by CR alone every record is on line 1,
  // so a parse error anywhere counts as the header's (every row is rejected, and a stray quote
  // swallows the rest of the file, since it is cut at the next LF, which never comes).
  it('reads a CR-only file as one record per line', async () => {
    const crFiles = csvRecipe({ shape: 'chaotic', lineEnds: ['\r'], encodings: ['utf-8'] }).map(
      (recipe) => renderCsv(recipe, CODES),
    );
    await fc.assert(
      fc.asyncProperty(crFiles, async (file) => {
        const { result } = await stream([file.bytes], file.recipe.dataset);
        if (!result.ok) throw new Error('not read');
        expect(result.report.rowsRead).toBe(file.records);
        expectReconciled(result.report, file.headerLine);
        if (file.predictable) {
          expect(result.report.rowsLoaded).toBeGreaterThanOrEqual(file.validKeys);
        }
      }),
      { ...RUN, numRuns: 100 },
    );
  });
});
