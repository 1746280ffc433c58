import fc from 'fast-check';
import { INDEX_GROUPS } from '../../src/data/index-groups.ts';
import {
  DATASET_SPECS,
  PETITION_COUNT_COLUMNS,
  type ColumnKind,
  type ColumnSpec,
  type DatasetId,
} from '../../src/data/schema.ts';

/** `plain`: `95.42`, `1052`; `vi`: `95,42`, `1.052` (vi-VN spreadsheets). */
export type NumberStyle = 'plain' | 'vi';

/** A value: what it means (for keys and sums) and how it is written before quoting. */
export type CellRecipe =
  | { readonly type: 'code'; readonly pick: number }
  | { readonly type: 'text'; readonly written: string; readonly meaning: string }
  | { readonly type: 'count'; readonly value: number; readonly grouped: boolean }
  | { readonly type: 'number'; readonly hundredths: number; readonly grouped: boolean };

// Names as officials type them: diacritics, Đ/đ, a quote, a comma, a semicolon. All of them have
// bytes in Windows-1258 (as a base letter and a combining tone mark where needed).
const TEXTS = [
  'Hải Châu',
  'Hòa Vang',
  'Chiên Đàn',
  'Nguyệt Ấn',
  'Ba Đình',
  'Đông "Giang"',
  'Quận Hải Châu, TP Đà Nẵng cũ',
  'Huyện A; Huyện B',
  ' Thanh Khê ',
  'Xã 1',
];
const MULTILINE_TEXT = 'Dòng một\nDòng hai';

/** A code no units file of these generators holds. */
const UNKNOWN_CODE = '09999';

/** Values that break a cell of each kind (or that a careless reader might break on). */
export const DAMAGED: Readonly<Record<ColumnKind['type'], readonly string[]>> = {
  code: ['2024', '202420', 'abcde', UNKNOWN_CODE, ''],
  text: ['', '\u0007chuông', 'hỏng \uFFFD'],
  period: [''],
  enum: ['bogus', 'Tháng Mười', ''],
  month: ['2026-13', '13/2026', '2026-1', '2026-00', ''],
  date: ['2025-02-30', '31/2/2025', '2025/01/01', '0099-01-01', ''],
  count: ['-1', '-0', '1.5', '12345678901234567890', '2147483648', '2147483647', 'abc', '1e3', ''],
  number: [
    '-0.5',
    '-5',
    `1${'0'.repeat(308)}`,
    `1${'0'.repeat(309)}`,
    '1e308',
    '12345678901234567890',
    '95,42',
    '95.42',
    'NaN',
    ' ',
    '',
  ],
};

const pad2 = (value: number): string => String(value).padStart(2, '0');

function textCell(multiline: boolean, nullable: boolean): fc.Arbitrary<CellRecipe> {
  const texts = multiline ? [...TEXTS, MULTILINE_TEXT] : TEXTS;
  const written = nullable ? fc.constantFrom('', ...texts) : fc.constantFrom(...texts);
  return written.map((text) => ({ type: 'text', written: text, meaning: text.trim() }));
}

export const nullCell: CellRecipe = { type: 'text', written: '', meaning: '' };

const monthCell: fc.Arbitrary<CellRecipe> = fc
  .tuple(fc.integer({ min: 2025, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.nat(2))
  .map(([year, month, form]) => {
    const meaning = `${String(year)}-${pad2(month)}`;
    const written = [meaning, `${String(month)}/${String(year)}`, `${pad2(month)}/${String(year)}`];
    return { type: 'text', written: written[form] ?? meaning, meaning };
  });

const dateCell: fc.Arbitrary<CellRecipe> = fc
  .tuple(
    fc.integer({ min: 2025, max: 2026 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.boolean(),
  )
  .map(([year, month, day, dayFirst]) => {
    const meaning = `${String(year)}-${pad2(month)}-${pad2(day)}`;
    const written = dayFirst ? `${String(day)}/${String(month)}/${String(year)}` : meaning;
    return { type: 'text', written, meaning };
  });

const periodCell: fc.Arbitrary<CellRecipe> = fc.oneof(
  monthCell,
  fc
    .constantFrom('2026-Q1', '2025-Q4', '2026', 'Lũy kế 2026')
    .map((period): CellRecipe => ({ type: 'text', written: period, meaning: period })),
);

function enumCell(kind: Extract<ColumnKind, { type: 'enum' }>): fc.Arbitrary<CellRecipe> {
  return fc.tuple(fc.constantFrom(...kind.values), fc.nat(3)).map(([value, form]) => {
    const forms = [
      value,
      value.toUpperCase(),
      value.replaceAll('_', ' '),
      ...(kind.labels?.[value] ?? []),
    ];
    return { type: 'text', written: forms[form % forms.length] ?? value, meaning: value };
  });
}

function validCell(column: ColumnSpec, multiline: boolean): fc.Arbitrary<CellRecipe> {
  const { kind } = column;
  const nullable = column.nullable ?? false;
  let cell: fc.Arbitrary<CellRecipe>;
  switch (kind.type) {
    case 'code':
      cell = fc.nat(15).map((pick) => ({ type: 'code', pick }));
      break;
    case 'text':
      return textCell(multiline, nullable);
    case 'period':
      cell = periodCell;
      break;
    case 'enum':
      cell = enumCell(kind);
      break;
    case 'month':
      cell = monthCell;
      break;
    case 'date':
      cell = dateCell;
      break;
    case 'count':
      cell = fc
        .tuple(fc.oneof(fc.nat(60), fc.nat(2_000_000)), fc.boolean())
        .map(([value, grouped]) => ({ type: 'count', value, grouped }));
      break;
    case 'number': {
      const min = Math.ceil(kind.min * 100);
      const max = Math.floor((kind.max ?? 100_000) * 100);
      cell = fc
        .tuple(fc.integer({ min, max }), fc.boolean())
        .map(([hundredths, grouped]) => ({ type: 'number', hundredths, grouped }));
      break;
    }
  }
  return nullable ? fc.oneof({ arbitrary: cell, weight: 4 }, fc.constant(nullCell)) : cell;
}

/** Makes a generated row obey its dataset's row rules (`dataset-rules.ts`). */
const ROW_FIXES: Readonly<Record<DatasetId, (cells: Map<string, CellRecipe>) => void>> = {
  units: () => undefined,
  index_scores: (cells) => {
    // A group's maximum is a row rule, not the cell's: keep each group within it.
    for (const group of INDEX_GROUPS) {
      const cell = cells.get(group.key);
      if (cell?.type === 'number') {
        cells.set(group.key, { ...cell, hundredths: cell.hundredths % (group.max * 100 + 1) });
      }
    }
    const total = cells.get('total');
    if (total?.type !== 'number') return;
    const sum = INDEX_GROUPS.reduce((acc, group) => {
      const cell = cells.get(group.key);
      return acc + (cell?.type === 'number' ? cell.hundredths : 0);
    }, 0);
    cells.set('total', { ...total, hundredths: sum });
  },
  index_metrics: (cells) => {
    const score = cells.get('score');
    const max = cells.get('max_score');
    if (score?.type !== 'number' || max?.type !== 'number') return;
    if (score.hundredths > max.hundredths)
      cells.set('score', { ...score, hundredths: max.hundredths });
  },
  dossiers: () => undefined,
  petitions: (cells) => {
    const [received, ...outcomes] = PETITION_COUNT_COLUMNS;
    const cell = cells.get(received);
    if (cell?.type !== 'count') return;
    const sum = outcomes.reduce((acc, name) => {
      const outcome = cells.get(name);
      return acc + (outcome?.type === 'count' ? outcome.value : 0);
    }, 0);
    cells.set(received, { ...cell, value: sum });
  },
};

/** Valid rows of a dataset, cell by cell from its columns' kinds, obeying its row rules. */
export function validRow(
  dataset: DatasetId,
  multiline: boolean,
): fc.Arbitrary<readonly CellRecipe[]> {
  const { columns } = DATASET_SPECS[dataset];
  return fc.tuple(...columns.map((column) => validCell(column, multiline))).map((generated) => {
    const cells = new Map<string, CellRecipe>();
    columns.forEach((column, index) => cells.set(column.name, generated[index] ?? nullCell));
    ROW_FIXES[dataset](cells);
    return columns.map((column) => cells.get(column.name) ?? nullCell);
  });
}

export function writeNumber(hundredths: number, grouped: boolean, numbers: NumberStyle): string {
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  const point = numbers === 'vi' ? ',' : '.';
  const wholeText = grouped && numbers === 'vi' ? groupThousands(whole) : String(whole);
  return cents === 0 && grouped ? wholeText : `${wholeText}${point}${pad2(cents)}`;
}

const groupThousands = (value: number): string =>
  String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export function writeCell(
  cell: CellRecipe,
  codes: readonly string[],
  numbers: NumberStyle,
): string {
  switch (cell.type) {
    case 'code':
      return codes[cell.pick % codes.length] ?? '';
    case 'text':
      return cell.written;
    case 'count':
      return cell.grouped && numbers === 'vi' ? groupThousands(cell.value) : String(cell.value);
    case 'number':
      return writeNumber(cell.hundredths, cell.grouped, numbers);
  }
}

export function meaningOf(cell: CellRecipe, codes: readonly string[]): string {
  switch (cell.type) {
    case 'code':
      return codes[cell.pick % codes.length] ?? '';
    case 'text':
      return cell.meaning;
    case 'count':
      return String(cell.value);
    case 'number':
      return String(cell.hundredths);
  }
}
