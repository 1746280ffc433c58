import { csvCell, NOTE_COLUMN } from './format-csv-export.ts';
import { parseCsv } from './parse-csv.ts';

const BOM = '\uFEFF';

/**
 * A source CSV as the site publishes it: a UTF-8 BOM first (Excel then reads the diacritics),
 * the same header and records, and with a `note`, a last `ghi_chu` column holding it on the first
 * record and empty on the others (how a synthetic file says so in the file, not only in its
 * name, for one byte a record: on every record it would make the petitions file 4× larger). The
 * records are not
 * rewritten, only extended, so every value keeps its bytes; a file whose records span lines or
 * that already has the column is refused rather than guessed at. Line ends are kept (CRLF or LF).
 */
export function publishedCsv(source: string, note: string | undefined): string {
  const text = source.startsWith(BOM) ? source.slice(BOM.length) : source;
  if (note === undefined) return `${BOM}${text}`;
  const parsed = parseCsv(text);
  if (parsed.header.includes(NOTE_COLUMN)) {
    throw new Error(`the file already has a ${NOTE_COLUMN} column`);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const trailing = lines.at(-1) === '' ? lines.pop() : undefined;
  if (lines.length !== parsed.records.length + 1) {
    throw new Error('a record spans several lines: the note column cannot be appended by line');
  }
  const cell = csvCell(note);
  const out = lines.map(
    (line, index) => `${line},${index === 0 ? NOTE_COLUMN : index === 1 ? cell : ''}`,
  );
  return `${BOM}${out.join(eol)}${trailing === undefined ? '' : eol}`;
}
