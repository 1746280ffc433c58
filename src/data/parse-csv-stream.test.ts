import { describe, expect, it } from 'vitest';
import {
  createCsvTokenizer,
  CSV_GUESS_CHARS,
  MAX_OPEN_QUOTE_CHARS,
  parseCsv,
  type ParsedCsv,
} from './parse-csv.ts';

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * More than CSV_GUESS_CHARS of CSV with everything the tokenizer must survive: quoted values
 * with delimiters, escaped quotes and line breaks, blank and delimiter-only lines, stray quotes
 * (one that a later quote closes, one closed on a later line by a malformed quote), cells with
 * a literal quote inside, Vietnamese text, and the line break of `newline`.
 */
function messyCsv(seed: number, newline: string, delimiter = ','): string {
  const next = random(seed);
  const lines = [['code', 'name', 'note'].join(delimiter)];
  let length = 0;
  for (let row = 0; length < CSV_GUESS_CHARS * 1.4; row += 1) {
    const roll = next();
    const code = String(10_000 + row);
    let line: string;
    if (roll < 0.02) line = '';
    else if (roll < 0.03) line = delimiter;
    else if (roll < 0.1) line = [code, `"Hòa${delimiter} Vang"`, `"a ""b"" c"`].join(delimiter);
    else if (roll < 0.14) line = [code, `"Hoàng${newline}Sa"`, 'x'].join(delimiter);
    else if (roll < 0.145) line = [code, '"stray', 'y'].join(delimiter);
    else if (roll < 0.15) line = [code, 'c"x', '"z'].join(delimiter);
    else if (roll < 0.155) line = [code, '"open', `q${newline}more"x${delimiter}w`].join(delimiter);
    else line = [code, `Đơn vị ${String(row)}`, String(Math.floor(next() * 1e6))].join(delimiter);
    lines.push(line);
    length += line.length + newline.length;
  }
  return lines.join(newline) + newline;
}

/** Feeds `text` in pieces of random sizes (up to `largest` characters) and merges the results. */
function tokenizeInPieces(text: string, seed: number, largest: number): ParsedCsv {
  const next = random(seed);
  const tokenizer = createCsvTokenizer();
  const chunks: ParsedCsv[] = [];
  for (let start = 0; start < text.length;) {
    const size = 1 + Math.floor(next() * largest);
    chunks.push(tokenizer.push(text.slice(start, start + size)));
    start += size;
  }
  chunks.push(tokenizer.end());
  const last = chunks.at(-1);
  if (last === undefined) throw new Error('no chunk');
  for (const chunk of chunks) {
    if (chunk.records.length > 0) expect(chunk.header).toEqual(last.header);
  }
  return {
    ...last,
    records: chunks.flatMap((chunk) => chunk.records),
    errors: chunks.flatMap((chunk) => chunk.errors),
  };
}

describe('createCsvTokenizer', () => {
  it.each([
    ['LF', 1, '\n', ','],
    ['CRLF', 2, '\r\n', ','],
    ['semicolons and CRLF', 3, '\r\n', ';'],
  ])(
    'tokenises %s text cut anywhere exactly as parseCsv does with the whole text',
    (_, seed, newline, delimiter) => {
      const text = messyCsv(seed, newline, delimiter);
      const whole = parseCsv(text);
      expect(whole.records.length).toBeGreaterThan(20_000);
      expect(whole.errors.length).toBeGreaterThan(10);
      expect(whole.delimiter).toBe(delimiter);
      for (const [cutSeed, largest] of [
        [11, 7],
        [12, 300],
        [13, 70_000],
        [14, 2 * CSV_GUESS_CHARS],
      ] as const) {
        const pieces = tokenizeInPieces(text, cutSeed, largest);
        expect(pieces.records).toEqual(whole.records);
        expect(pieces.errors).toEqual(whole.errors);
        expect(pieces.header).toEqual(whole.header);
        expect(pieces.headerLine).toBe(whole.headerLine);
      }
    },
  );

  it('returns records as they complete, once the delimiter is decided', () => {
    const tokenizer = createCsvTokenizer();
    const head = 'code;name\n';
    const line = '20242;Hải Châu\n';
    const body = line.repeat(Math.ceil(CSV_GUESS_CHARS / line.length));
    // Before CSV_GUESS_CHARS nothing is decided, so nothing is returned.
    expect(tokenizer.push(head + body.slice(0, 1000)).records).toEqual([]);
    const first = tokenizer.push(body.slice(1000));
    expect(first.delimiter).toBe(';');
    expect(first.header).toEqual(['code', 'name']);
    expect(first.records.length).toBeGreaterThan(60_000);
    expect(first.records[0]).toEqual({ line: 2, values: ['20242', 'Hải Châu'] });
    const more = tokenizer.push('20300;"Hòa\nVang"\n20400;Chiên');
    const rest = tokenizer.end(' Đàn\n');
    const lines = first.records.map((record) => record.line);
    expect(lines).toEqual(Array.from({ length: lines.length }, (_, index) => index + 2));
    const next = (lines.at(-1) ?? 0) + 1;
    // The record still open at the end of a piece ("20400;Chiên") waits for the next one.
    expect(more.records).toEqual([{ line: next, values: ['20300', 'Hòa\nVang'] }]);
    expect(rest.records).toEqual([{ line: next + 2, values: ['20400', 'Chiên Đàn'] }]);
  });

  it('reports a stray quote open for more than MAX_OPEN_QUOTE_CHARS and reads on', () => {
    const tokenizer = createCsvTokenizer();
    const lines = ['code,name', '1,"never closed'];
    const filler = Math.ceil((MAX_OPEN_QUOTE_CHARS * 1.2) / 12);
    for (let row = 0; row < filler; row += 1) lines.push(`${String(row)},filler`);
    const text = `${lines.join('\n')}\n`;
    const chunks: ParsedCsv[] = [];
    for (let start = 0; start < text.length; start += 256 * 1024) {
      chunks.push(tokenizer.push(text.slice(start, start + 256 * 1024)));
    }
    chunks.push(tokenizer.end());
    const records = chunks.flatMap((chunk) => chunk.records);
    const errors = chunks.flatMap((chunk) => chunk.errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(2);
    expect(errors[0]?.reason).toMatch(/^MissingQuotes: .*line 2 .*more than 4194304 characters/);
    // Every line is a record: the open quote on its own line, each later line on its own.
    expect(records).toHaveLength(filler + 1);
    expect(records[0]).toEqual({ line: 2, values: ['1,"never closed'] });
    expect(records.at(-1)).toEqual({ line: filler + 2, values: [String(filler - 1), 'filler'] });
    // The whole text at once reads the quote to the end of the file, as it always did.
    expect(parseCsv(text).errors[0]?.reason).toMatch(/would run \d+ lines/);
  });
});
