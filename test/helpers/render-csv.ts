import { COLUMN_ALIASES, columnNames, normaliseHeader } from '../../src/data/column-aliases.ts';
import { DATASET_SPECS, type DatasetId } from '../../src/data/schema.ts';
import { encodeText } from './csv-bytes.ts';
import {
  SHAPE_DAMAGE,
  type CsvRecipe,
  type Damage,
  type Delimiter,
  type Encoding,
  type HeaderRecipe,
  type RecordRecipe,
} from './csv-recipe.ts';
import { DAMAGED, meaningOf, writeCell, writeNumber } from './csv-row-arbitrary.ts';

/**
 * A recipe written out as bytes, with what a correct reader must find in it: worked out from the
 * recipe, never from the reader.
 */
export interface RenderedCsv {
  readonly recipe: CsvRecipe;
  /** The text the bytes decode to (without a BOM). */
  readonly text: string;
  readonly bytes: Uint8Array;
  /** The encoding used: Windows-1258 falls back to UTF-8 when a character has no byte there. */
  readonly encoding: Encoding;
  /** 1-based line of the header, 0 when there is none. */
  readonly headerLine: number;
  readonly headerUsable: boolean;
  /** Non-blank records after the header: what the reader must count as read. */
  readonly records: number;
  /** Non-blank records whose shape is intact (right field count, no stray quote): at most these load. */
  readonly intact: number;
  /** Distinct keys of the records generated valid and undamaged. */
  readonly validKeys: number;
  /**
   * Whether the reader must load at least `validKeys` rows: the header is usable and the file is
   * unambiguous (comma or semicolon, the first rows well formed so the delimiter is guessed right,
   * numbers in a notation the whole column agrees on).
   */
  readonly predictable: boolean;
  /** Whether the first data record is valid and undamaged (so, in a predictable file, loaded). */
  readonly firstValid: boolean;
}

/** Codes of generated units files: `pick` chooses among them, modulo their number. */
export const UNIT_POOL: readonly string[] = Array.from({ length: 24 }, (_, index) =>
  String(10_001 + index * 7),
);

const stripDiacritics = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D');

function styleName(name: string, style: HeaderRecipe['style']): string {
  switch (style) {
    case 'as_is':
      return name;
    case 'upper':
      return name.toUpperCase();
    case 'ascii':
      return stripDiacritics(name);
    case 'padded':
      return ` ${name}  `;
  }
}

/** A column's own name and those of its aliases that no other column of the dataset answers to. */
function headerNames(dataset: DatasetId, column: string): readonly string[] {
  const others = new Set(
    DATASET_SPECS[dataset].columns
      .filter((other) => other.name !== column)
      .flatMap((other) => columnNames(dataset, other.name)),
  );
  const aliases = COLUMN_ALIASES[dataset][column] ?? [];
  return [column, ...aliases.filter((alias) => !others.has(normaliseHeader(alias)))];
}

function quote(text: string, delimiter: Delimiter): string {
  // Tab files are not quoted: the reader does not take tab for a delimiter (it reads one column).
  if (delimiter === '\t') return text;
  const needed = text.includes(delimiter) || text.includes('"') || text.includes('\n');
  return needed ? `"${text.replaceAll('"', '""')}"` : text;
}

const isQuoted = (cell: string): boolean => cell.startsWith('"');

/** Has the record a character besides delimiters, quotes and white space (is it not blank)? */
const hasContent = (record: string): boolean => record.replace(/[,;\t"]/g, '').trim() !== '';

/** The rendered cells of a record, each quoted as needed, in header order. */
function recordCells(
  record: RecordRecipe,
  recipe: CsvRecipe,
  header: readonly (number | 'extra')[],
  codes: readonly string[],
): string[] {
  const { columns } = DATASET_SPECS[recipe.dataset];
  const written = record.cells.map((cell) => writeCell(cell, codes, recipe.numbers));
  const { damage } = record;
  if (damage.kind === 'value') {
    const index = damage.column % columns.length;
    const kind = columns[index]?.kind.type ?? 'text';
    const values = DAMAGED[kind];
    written[index] = values[damage.choice % values.length] ?? '';
  } else if (damage.kind === 'bad_code') {
    const index = columns.findIndex((column) => column.kind.type === 'code');
    written[index] = '2024';
  } else if (damage.kind === 'rule') {
    const broken = breakRule(record, recipe, codes);
    for (const [index, value] of broken) written[index] = value;
  }
  const cells = header.map((index) =>
    quote(index === 'extra' ? 'x' : (written[index] ?? ''), recipe.delimiter),
  );
  if (damage.kind === 'empty') {
    const emptied = new Set(damage.columns.map((column) => column % cells.length));
    const kept = cells.findIndex((cell, index) => hasContent(cell) && !emptied.has(index));
    const spare = kept === -1 ? cells.findIndex((cell) => hasContent(cell)) : -1;
    return cells.map((cell, index) => (emptied.has(index) && index !== spare ? '' : cell));
  }
  return cells;
}

/** A row rule broken: a total off by one point, outcomes that do not add up. */
function breakRule(
  record: RecordRecipe,
  recipe: CsvRecipe,
  codes: readonly string[],
): [number, string][] {
  const { columns } = DATASET_SPECS[recipe.dataset];
  const target = recipe.dataset === 'petitions' ? 'received' : 'total';
  const index = columns.findIndex((column) => column.name === target);
  const cell = record.cells[index];
  if (cell?.type === 'number') {
    return [[index, writeNumber(cell.hundredths + 100, false, recipe.numbers)]];
  }
  if (cell?.type === 'count') return [[index, String(cell.value + 1)]];
  // No rule to break (units, dossiers: an imbalance is only a warning): unbalance it anyway.
  const last = record.cells.length - 1;
  const lastCell = record.cells[last];
  return lastCell === undefined ? [] : [[last, `${meaningOf(lastCell, codes)}7`]];
}

/** Turns a record's cells into its line, applying the damage that breaks its shape. */
function recordLine(cells: readonly string[], damage: Damage, delimiter: Delimiter): string {
  switch (damage.kind) {
    case 'blank':
      return damage.text;
    case 'extra':
      return [...cells, ...Array.from({ length: damage.cells }, () => 'x')].join(delimiter);
    case 'truncate': {
      // Keep at least the first cell with content, and fewer cells than the header has.
      const first = cells.findIndex((cell) => hasContent(cell));
      const room = cells.length - 1 - (first + 1);
      if (first === -1 || room < 0) return [...cells, 'x'].join(delimiter);
      const keep = first + 1 + (damage.keep % (room + 1));
      const next = cells[keep] ?? '';
      const partial =
        keep + 1 < cells.length && !next.includes('"') && next.length > 1
          ? next.slice(0, 1 + (damage.partial % (next.length - 1)))
          : null;
      const kept = cells.slice(0, keep);
      return (partial === null ? kept : [...kept, partial]).join(delimiter);
    }
    case 'stray_quote': {
      // A quote that opens a field and is never closed, before a value (before a delimiter or a
      // line end it would close the field), in a record that no value spans lines of (the reader
      // cuts the record at its first line, reading its next line as a record of its own).
      const single = cells.map((cell) => (cell.includes('\n') ? 'x' : cell));
      const wanted = damage.column % single.length;
      const at = isQuoted(single[wanted] ?? '"')
        ? single.findIndex((cell) => !isQuoted(cell))
        : wanted;
      return single
        .map((cell, index) => {
          if (index !== at) return cell;
          const rest = cell.trimStart();
          return `"${rest === '' ? 'x' : rest}`;
        })
        .join(delimiter);
    }
    default:
      return cells.join(delimiter);
  }
}

function keyOf(record: RecordRecipe, dataset: DatasetId, codes: readonly string[]): string {
  const spec = DATASET_SPECS[dataset];
  return spec.key
    .map((name) => {
      const cell = record.cells[spec.columns.findIndex((column) => column.name === name)];
      return cell === undefined ? '' : meaningOf(cell, codes);
    })
    .join('\u0000');
}

/**
 * Renders a recipe as bytes, with the counts a correct reader must find. `codes`: the unit codes
 * the records use (for the units dataset, `UNIT_POOL`); `prefixRows`: lines inserted right after
 * the header, as written (a large clean block before the generated records).
 */
export function renderCsv(
  recipe: CsvRecipe,
  codes: readonly string[],
  prefixRows: readonly string[] = [],
): RenderedCsv {
  const spec = DATASET_SPECS[recipe.dataset];
  const rowCodes = recipe.dataset === 'units' ? UNIT_POOL : codes;
  const lines: string[] = [...recipe.leadingBlanks];
  let headerUsable = false;
  let records = 0;
  let intact = 0;
  const keys = new Set<string>();
  let firstValid = false;

  if (recipe.header !== null) {
    const { header } = recipe;
    const layout: (number | 'extra')[] = [...header.columns];
    const names = header.columns.map((index, position) => {
      const column = spec.columns[index]?.name ?? '';
      const candidates = headerNames(recipe.dataset, column);
      const name = candidates[(header.names[position] ?? 0) % candidates.length] ?? column;
      return styleName(name, header.style);
    });
    const required = layout.findIndex(
      (index) => index !== 'extra' && !(spec.columns[index]?.nullable ?? false),
    );
    if (header.damage === 'missing' && required !== -1) {
      layout.splice(required, 1);
      names.splice(required, 1);
    } else if (header.damage === 'duplicate') {
      const first = header.columns[0] ?? 0;
      layout.push(first);
      names.push(spec.columns[first]?.name ?? '');
    } else if (header.damage === 'unknown_extra') {
      layout.push('extra');
      names.push('Ghi chú');
    }
    headerUsable =
      (header.damage === 'none' || header.damage === 'unknown_extra') &&
      spec.columns.every(
        (column, index) => (column.nullable ?? false) || header.columns.includes(index),
      );
    const headerCells = names.map((name) => quote(name, recipe.delimiter));
    lines.push(
      recordLine(
        headerCells,
        header.damage === 'stray_quote' ? { kind: 'stray_quote', column: 0 } : { kind: 'none' },
        recipe.delimiter,
      ),
    );
    lines.push(...prefixRows);
    records += prefixRows.length;
    intact += prefixRows.length;

    let data = 0;
    for (const record of recipe.records) {
      const line = recordLine(
        recordCells(record, recipe, layout, rowCodes),
        record.damage,
        recipe.delimiter,
      );
      lines.push(line);
      if (!hasContent(line)) continue;
      data += 1;
      records += 1;
      if (!SHAPE_DAMAGE.has(record.damage.kind)) intact += 1;
      const valid = record.damage.kind === 'none';
      if (valid) keys.add(keyOf(record, recipe.dataset, rowCodes));
      if (data === 1) firstValid = valid;
    }
  }

  const text = (lines.join(recipe.lineEnd) + (recipe.finalLineEnd ? recipe.lineEnd : '')).normalize(
    'NFC',
  );
  const { bytes, encoding } = encodeText(text, recipe.encoding);
  const headerIndex = lines.findIndex((line) => hasContent(line));
  return {
    recipe,
    text,
    bytes,
    encoding,
    headerLine: headerIndex === -1 ? 0 : headerIndex + 1,
    headerUsable,
    records,
    intact,
    validKeys: keys.size,
    predictable:
      headerUsable &&
      recipe.delimiter !== '\t' &&
      !(recipe.delimiter === ',' && recipe.numbers === 'vi') &&
      recipe.records
        .slice(0, Math.max(0, 9 - recipe.leadingBlanks.length))
        .every((record) => !SHAPE_DAMAGE.has(record.damage.kind)),
    firstValid,
  };
}
