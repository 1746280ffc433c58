import { dataDictionary } from '../../data/data-dictionary.ts';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import type { DatasetSpec } from '../../data/schema.ts';
import type { Locale } from '../../i18n/locale.ts';
import { isVietnamese } from '../../i18n/vietnamese-names.ts';
import { ruleText, type WordingContext } from './rule-text.ts';

/** One column of a dataset's data dictionary, worded in the page's language. */
export interface DictionaryRow {
  readonly column: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly type: string;
  readonly unit: string;
  readonly rule: string;
  readonly example: string;
  readonly aliases: string;
  readonly required: string;
}

/** The dictionary of one dataset as the Data page shows it and its downloads hold it. */
export function dictionaryRows(
  spec: DatasetSpec,
  ctx: WordingContext & { readonly locale: Locale },
): DictionaryRow[] {
  const { t, locale } = ctx;
  return dataDictionary(spec).map((entry) => ({
    column: entry.column,
    nameVi: entry.label.vi,
    nameEn: entry.label.en,
    type: `${t(`dictionary.type.${entry.kind}`)} (${entry.sqlType})`,
    unit: entry.unit?.[locale] ?? '',
    rule: ruleText(entry.rule, ctx),
    example: entry.example,
    // Aliases may hold commas ("Công khai, minh bạch"): a semicolon keeps them apart.
    aliases: entry.aliases.join('; '),
    required: [
      t(entry.required ? 'dictionary.required' : 'dictionary.optional'),
      ...(entry.key ? [t('dictionary.key')] : []),
    ].join(', '),
  }));
}

/**
 * Per column, the Vietnamese texts its dictionary row shows whatever the page's language (the
 * Vietnamese name, Vietnamese header aliases, accepted list labels, a Vietnamese example): the
 * page marks them `lang="vi"`.
 */
export function dictionaryVietnamese(spec: DatasetSpec): ReadonlyMap<string, readonly string[]> {
  return new Map(
    dataDictionary(spec).map((entry) => [
      entry.column,
      [
        entry.label.vi,
        ...[
          entry.example,
          ...entry.aliases,
          ...(entry.rule.kind === 'values' ? Object.values(entry.rule.labels).flat() : []),
        ].filter(isVietnamese),
      ],
    ]),
  );
}

/**
 * The dictionary's columns, headed in the page's language: the table on the page, its CSV and
 * its XLSX all read the rows through these, so the three cannot differ.
 */
export function dictionaryColumns({ t }: Pick<WordingContext, 't'>): CsvColumn<DictionaryRow>[] {
  return [
    { header: t('dictionary.column.column'), value: (row) => row.column },
    { header: t('dictionary.column.nameVi'), value: (row) => row.nameVi },
    { header: t('dictionary.column.nameEn'), value: (row) => row.nameEn },
    { header: t('dictionary.column.type'), value: (row) => row.type },
    { header: t('dictionary.column.unit'), value: (row) => row.unit },
    { header: t('dictionary.column.rule'), value: (row) => row.rule },
    { header: t('dictionary.column.example'), value: (row) => row.example },
    { header: t('dictionary.column.aliases'), value: (row) => row.aliases },
    { header: t('dictionary.column.required'), value: (row) => row.required },
  ];
}
