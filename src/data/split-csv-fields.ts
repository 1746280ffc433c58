import type { CsvProblem } from './csv-problem.ts';

/** The line break a file uses, decided once from its start (a CR-only file is read as LF). */
export type Newline = '\n' | '\r\n';

/** Hands on one record: its offset in the text, its values and what is wrong with it. */
export type Emit = (start: number, values: string[], problems: readonly CsvProblem[]) => void;

/** Text without any quote, from `offset`: one record per line (PapaParse's own fast path). */
export function splitPlain(
  text: string,
  offset: number,
  final: boolean,
  delimiter: string,
  newline: Newline,
  emit: Emit,
): number {
  let position = offset;
  for (;;) {
    let lineEnd = text.indexOf(newline, position);
    if (lineEnd === -1) {
      if (!final) return position;
      if (position >= text.length) return text.length;
      lineEnd = text.length;
    }
    emit(position, splitFields(text, position, lineEnd, delimiter), []);
    if (lineEnd === text.length) return lineEnd;
    position = lineEnd + newline.length;
  }
}

/** `text.slice(start, end).split(delimiter)`, without the line as an intermediate string. */
function splitFields(text: string, start: number, end: number, delimiter: string): string[] {
  const values: string[] = [];
  let from = start;
  for (;;) {
    const at = text.indexOf(delimiter, from);
    if (at === -1 || at >= end) {
      values.push(text.slice(from, end));
      return values;
    }
    values.push(text.slice(from, at));
    from = at + delimiter.length;
  }
}

export function isBlank(values: readonly string[]): boolean {
  return values.every((value) => value.trim() === '');
}

/** The end of a record without the line break that closes it. */
export function trimBreak(text: string, end: number): number {
  let cut = end;
  if (text.charCodeAt(cut - 1) === 10) cut -= 1;
  if (text.charCodeAt(cut - 1) === 13) cut -= 1;
  return cut;
}

export function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Maps offsets of `text`, asked in increasing order, to 1-based lines: each line break is found
 * once, however many records there are.
 */
export function lineCounter(text: string, firstLine: number): (offset: number) => number {
  let line = firstLine;
  let nextBreak = text.indexOf('\n');
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      line += 1;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    return line;
  };
}
