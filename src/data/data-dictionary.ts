import { COLUMN_ALIASES } from './column-aliases.ts';
import { COLUMN_LABELS, type BilingualText } from './column-labels.ts';
import { INDEX_GROUPS } from './index-groups.ts';
import { sqlTypeOf, type ColumnKind, type DatasetSpec, type SqlColumnType } from './schema.ts';

/** What a column accepts, in neutral form; the Data page words it in the page's language. */
export type ColumnRule =
  | { readonly kind: 'code' }
  | { readonly kind: 'text' }
  | { readonly kind: 'period' }
  | {
      readonly kind: 'values';
      readonly values: readonly string[];
      /** Labels also accepted for a value, as a spreadsheet may write it ("Tháng" for `month`). */
      readonly labels: Readonly<Record<string, readonly string[]>>;
    }
  | { readonly kind: 'month' }
  | { readonly kind: 'date' }
  | { readonly kind: 'count' }
  | { readonly kind: 'range'; readonly min: number; readonly max: number | null };

/** One row of a dataset's data dictionary, derived from the schema so it cannot drift. */
export interface DictionaryEntry {
  readonly column: string;
  /** How the value is read (`validate-cell.ts`). */
  readonly kind: ColumnKind['type'];
  /** The type of the column in the SQL tables. */
  readonly sqlType: SqlColumnType;
  /** Its name for people, in both languages, and its unit (null when it has none). */
  readonly label: BilingualText;
  readonly unit: BilingualText | null;
  readonly required: boolean;
  /** Part of the key: a second row with the same key values is rejected. */
  readonly key: boolean;
  readonly rule: ColumnRule;
  /** A value the validator accepts, as a spreadsheet would write it. */
  readonly example: string;
  /** Other header names the column is recognised by (case and diacritics ignored). */
  readonly aliases: readonly string[];
}

/** An example value per column name: `data-dictionary.test.ts` checks each one validates. */
export const COLUMN_EXAMPLES: Readonly<Record<string, string>> = {
  code: '20364',
  name: 'Chiên Đàn',
  type: 'xa',
  former_district: 'Huyện Phú Ninh, tỉnh Quảng Nam cũ',
  area_km2: '35.25',
  population: '12000',
  population_source: 'Niên giám thống kê 2024',
  province: 'Đà Nẵng',
  // xã Bình Xuyên (Phú Thọ) on the national portal; the id is a made-up example of its form.
  portal_id: '3f2b8c1e-5d4a-4e7b-9a6c-0d1e2f3a4b5c',
  portal_code: 'H44.196',
  snapshot_date: '2025-07-31',
  period_type: 'month',
  period: '2025-07',
  ckmb: '15.42',
  tdgq: '18.10',
  dvctt: '10.50',
  tttt: '8.00',
  mdsh: '20.25',
  mdhl: '17.50',
  total: '89.77',
  total_flag: 'published_mismatch',
  published_rank: '1',
  dossiers_received: '1052',
  dossiers_on_time: '1043',
  dossiers_overdue: '9',
  avg_processing_days: '2.35',
  group: 'tdgq',
  metric_code: 'DOSSIER_ON_TIME',
  metric_name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  numerator: '1043',
  denominator: '1052',
  ratio: '99.14',
  score: '19.83',
  max_score: '20',
  month: '2025-07',
  topic: 'dat_dai',
};

const COUNT_EXAMPLE = '42';

/** A group's maximum is checked per row (`dataset-rules.ts`), not by its cell: said here all the same. */
function rowRuleMax(spec: DatasetSpec, column: string): number | undefined {
  if (spec.id !== 'index_scores') return undefined;
  return INDEX_GROUPS.find((group) => group.key === column)?.max;
}

function ruleOf(kind: ColumnKind, rowMax: number | undefined): ColumnRule {
  switch (kind.type) {
    case 'enum':
      return { kind: 'values', values: kind.values, labels: kind.labels ?? {} };
    case 'number':
      return { kind: 'range', min: kind.min, max: kind.max ?? rowMax ?? null };
    default:
      return { kind: kind.type };
  }
}

/** The data dictionary of one dataset, in column order. */
export function dataDictionary(spec: DatasetSpec): DictionaryEntry[] {
  return spec.columns.map((column) => {
    const label = COLUMN_LABELS[spec.id][column.name];
    return {
      column: column.name,
      kind: column.kind.type,
      sqlType: sqlTypeOf(column.kind),
      // The labels test makes sure every column has one; the name is the fallback.
      label: label?.name ?? { vi: column.name, en: column.name },
      unit: label?.unit ?? null,
      required: column.nullable !== true,
      key: spec.key.includes(column.name),
      rule: ruleOf(column.kind, rowRuleMax(spec, column.name)),
      example: COLUMN_EXAMPLES[column.name] ?? COUNT_EXAMPLE,
      aliases: COLUMN_ALIASES[spec.id][column.name] ?? [],
    };
  });
}

/** An empty template: the header the validator expects, in schema order, then a line break. */
export function csvTemplate(spec: DatasetSpec): string {
  return `${spec.columns.map((column) => column.name).join(',')}\r\n`;
}
