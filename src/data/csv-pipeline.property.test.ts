import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLines, cutBytes, junkBytes } from '../../test/helpers/csv-bytes.ts';
import {
  CODES,
  expectReconciled,
  KNOWN_LARGE,
  sameZero,
  stream,
  whole,
} from '../../test/helpers/csv-pipeline-checks.ts';
import { csvRecipe, type CsvRecipe } from '../../test/helpers/csv-recipe.ts';
import { renderCsv, type RenderedCsv } from '../../test/helpers/render-csv.ts';
import { scoreLine } from '../../test/helpers/large-upload.ts';
import { type TextEncoding } from './decode-text.ts';
import { createCsvTokenizer, CSV_GUESS_CHARS, parseCsv, type ParsedCsv } from './parse-csv.ts';
import { DATASET_SPECS } from './schema.ts';

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

// `scoreLine` writes the groups and the total; the block fills the later columns too (the portal's
// rank and dossier totals), so every number column's notation is settled by the block: a count is
// grouped (`1.234`) where the file writes vi-VN numbers, a decimal written as the file writes it.
const LATER_SCORE_COLUMNS = DATASET_SPECS.index_scores.columns.slice(
  scoreLine(0, 0).split(',').length,
);
function laterCells(row: number, recipe: CsvRecipe): string[] {
  const point = recipe.delimiter !== ',' && recipe.numbers === 'vi' ? ',' : '.';
  return LATER_SCORE_COLUMNS.map((column) => {
    if (column.kind.type === 'count')
      return recipe.numbers === 'vi'
        ? `1.${String(row % 1000).padStart(3, '0')}`
        : String(1000 + (row % 1000));
    if (column.kind.type === 'number')
      return `${String(row % 30)}${point}${String(row % 100).padStart(2, '0')}`;
    return '';
  });
}

function clearBlock(recipe: CsvRecipe): readonly string[] {
  const key = JSON.stringify([recipe.delimiter, recipe.numbers, recipe.lineEnd]);
  const cached = clearBlocks.get(key);
  if (cached !== undefined) return cached;
  const lines: string[] = [];
  let chars = 0;
  for (let row = 0; chars < CSV_GUESS_CHARS * 1.02; row += 1) {
    const line = scoreLine(row % 500, Math.floor(row / 500));
    const decimal = recipe.numbers === 'vi' ? ',' : '.';
    const scores =
      recipe.delimiter === ','
        ? line
        : line.replaceAll(',', recipe.delimiter).replaceAll('.', decimal);
    const written = [scores, ...laterCells(row, recipe)].join(recipe.delimiter);
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
