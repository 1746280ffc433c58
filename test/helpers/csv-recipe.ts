import fc from 'fast-check';
import { DATASET_SPECS, type DatasetId } from '../../src/data/schema.ts';
import { validRow, type CellRecipe, type NumberStyle } from './csv-row-arbitrary.ts';

/**
 * A CSV file as a recipe: what each record is and how it is damaged, for the property tests of
 * the CSV pipeline (`renderCsv` writes it out, with what a correct reader must find in it).
 */

export type Delimiter = ',' | ';' | '\t';
/** `\r` alone (classic Mac OS) only where asked for: see the known bugs in the CSV pipeline tests. */
export type LineEnd = '\n' | '\r\n' | '\r';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

const ENCODINGS: readonly Encoding[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1258',
];

/** How a record is spoilt. `value`, `empty` and `rule` keep its shape; the others break it. */
export type Damage =
  | { readonly kind: 'none' }
  | { readonly kind: 'value'; readonly column: number; readonly choice: number }
  | { readonly kind: 'empty'; readonly columns: readonly number[] }
  | { readonly kind: 'rule' }
  | { readonly kind: 'bad_code' }
  | { readonly kind: 'truncate'; readonly keep: number; readonly partial: number }
  | { readonly kind: 'extra'; readonly cells: number }
  | { readonly kind: 'stray_quote'; readonly column: number }
  | { readonly kind: 'blank'; readonly text: string };

export interface RecordRecipe {
  /** One per column of the spec, in spec order. */
  readonly cells: readonly CellRecipe[];
  readonly damage: Damage;
}

export type HeaderDamage = 'none' | 'unknown_extra' | 'missing' | 'duplicate' | 'stray_quote';

export interface HeaderRecipe {
  /** Spec column indices in file order (nullable columns may be left out). */
  readonly columns: readonly number[];
  /** Which of the column's names (its own, then its aliases) each header cell uses. */
  readonly names: readonly number[];
  readonly style: 'as_is' | 'upper' | 'ascii' | 'padded';
  readonly damage: HeaderDamage;
}

export interface CsvRecipe {
  readonly dataset: DatasetId;
  readonly delimiter: Delimiter;
  readonly lineEnd: LineEnd;
  readonly encoding: Encoding;
  readonly numbers: NumberStyle;
  readonly leadingBlanks: readonly string[];
  /** null: the file has no header (it is empty, or blank lines only). */
  readonly header: HeaderRecipe | null;
  readonly records: readonly RecordRecipe[];
  readonly finalLineEnd: boolean;
}

/** Damage that breaks a record's shape: it is rejected whatever its values. */
export const SHAPE_DAMAGE = new Set<Damage['kind']>(['truncate', 'extra', 'stray_quote']);
const NO_DAMAGE: Damage = { kind: 'none' };

const damageArbitrary: fc.Arbitrary<Damage> = fc.oneof(
  { arbitrary: fc.constant(NO_DAMAGE), weight: 10 },
  {
    arbitrary: fc.record({ kind: fc.constant('value'), column: fc.nat(), choice: fc.nat() }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('empty'),
      columns: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant<Damage>({ kind: 'rule' }), weight: 1 },
  { arbitrary: fc.constant<Damage>({ kind: 'bad_code' }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('truncate'), keep: fc.nat(), partial: fc.nat() }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('extra'), cells: fc.integer({ min: 1, max: 3 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('stray_quote'), column: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('blank'), text: fc.constantFrom('', ' ', ' \t ') }),
    weight: 1,
  },
);

/** Damage that always gets a record rejected, whatever else is in the file. */
const rejectingDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant<Damage>({ kind: 'bad_code' }),
  fc.record({ kind: fc.constant('truncate'), keep: fc.nat(), partial: fc.nat() }),
  fc.record({ kind: fc.constant('extra'), cells: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('stray_quote'), column: fc.nat() }),
);

function headerArbitrary(
  dataset: DatasetId,
  damage: fc.Arbitrary<HeaderDamage>,
): fc.Arbitrary<HeaderRecipe> {
  const { columns } = DATASET_SPECS[dataset];
  const indices = columns.map((_, index) => index);
  return fc
    .record({
      order: fc.shuffledSubarray(indices, { minLength: indices.length }),
      keep: fc.array(fc.boolean(), { minLength: indices.length, maxLength: indices.length }),
      names: fc.array(fc.nat(), { minLength: indices.length, maxLength: indices.length }),
      style: fc.constantFrom<HeaderRecipe['style']>('as_is', 'upper', 'ascii', 'padded'),
      damage,
    })
    .map(({ order, keep, names, style, damage: headerDamage }) => ({
      // A nullable column may be left out; a required one only by the `missing` damage.
      columns: order.filter(
        (index) => !(columns[index]?.nullable ?? false) || keep[index] === true,
      ),
      names,
      style,
      damage: headerDamage,
    }));
}

export interface CsvArbitraryOptions {
  readonly datasets?: readonly DatasetId[];
  /**
   * `chaotic`: damage anywhere, header included, no value spans lines. `structured`: comma or
   * semicolon, the first ten rows well formed (the delimiter is guessed right), values may span
   * lines. `loadable`: structured, a usable header and a valid first record. `unloadable`: no
   * record can load (empty, header only, a broken header, or every record rejected).
   */
  readonly shape?: 'chaotic' | 'structured' | 'loadable' | 'unloadable';
  readonly maxRecords?: number;
  readonly encodings?: readonly Encoding[];
  readonly lineEnds?: readonly LineEnd[];
}

/** CSV recipes; render them with `renderCsv`. */
export function csvRecipe(options: CsvArbitraryOptions = {}): fc.Arbitrary<CsvRecipe> {
  const datasets = options.datasets ?? (Object.keys(DATASET_SPECS) as DatasetId[]);
  const shape = options.shape ?? 'chaotic';
  const maxRecords = options.maxRecords ?? 25;
  const encodings = options.encodings ?? ENCODINGS;
  const lineEnds = options.lineEnds ?? ['\n', '\r\n'];
  // Values span lines only where the delimiter is sure to be guessed right (see `keepPreviewClean`).
  const structured = shape === 'structured' || shape === 'loadable';
  return fc.constantFrom(...datasets).chain((dataset) => {
    const record = (damage: fc.Arbitrary<Damage>) =>
      fc.record({ cells: validRow(dataset, structured), damage });
    const headerDamage: fc.Arbitrary<HeaderDamage> =
      shape === 'loadable'
        ? fc.constantFrom('none', 'unknown_extra')
        : structured
          ? fc.constantFrom('none', 'none', 'none', 'unknown_extra', 'missing', 'duplicate')
          : fc.constantFrom('none', 'none', 'unknown_extra', 'missing', 'duplicate', 'stray_quote');
    const records =
      shape === 'unloadable'
        ? fc.array(record(rejectingDamage), { maxLength: maxRecords })
        : shape === 'loadable'
          ? fc
              .tuple(
                record(fc.constant(NO_DAMAGE)),
                fc.array(record(damageArbitrary), { maxLength: maxRecords - 1 }),
              )
              .map(([first, rest]) => [first, ...rest])
          : fc.array(record(damageArbitrary), { maxLength: maxRecords });
    const leadingBlanks = fc.array(fc.constantFrom('', ' '), { maxLength: 2 });
    const base = fc.record({
      dataset: fc.constant(dataset),
      delimiter:
        shape !== 'chaotic'
          ? fc.constantFrom<Delimiter>(',', ';')
          : fc.constantFrom<Delimiter>(',', ';', '\t'),
      lineEnd: fc.constantFrom(...lineEnds),
      encoding: fc.constantFrom(...encodings),
      numbers: fc.constantFrom<NumberStyle>('plain', 'vi'),
      leadingBlanks,
      header:
        shape === 'loadable'
          ? headerArbitrary(dataset, headerDamage)
          : fc.option(headerArbitrary(dataset, headerDamage), { nil: null, freq: 12 }),
      records,
      finalLineEnd: fc.boolean(),
    });
    return base.map((recipe): CsvRecipe => {
      const fixed = {
        ...recipe,
        // A loadable comma file writes plain numbers (a vi-VN decimal comma is only read as such
        // when the whole column agrees, which damaged values may spoil).
        numbers: shape === 'loadable' && recipe.delimiter === ',' ? 'plain' : recipe.numbers,
        records: recipe.header === null ? [] : recipe.records,
      } satisfies CsvRecipe;
      return structured ? keepPreviewClean(fixed) : fixed;
    });
  });
}

/** PapaParse guesses the delimiter from the first ten rows: keep their shape intact. */
function keepPreviewClean(recipe: CsvRecipe): CsvRecipe {
  const clean = Math.max(0, 9 - recipe.leadingBlanks.length);
  return {
    ...recipe,
    records: recipe.records.map((record, index) =>
      index < clean && SHAPE_DAMAGE.has(record.damage.kind)
        ? { ...record, damage: NO_DAMAGE }
        : record,
    ),
  };
}
