import { DATASET_ORDER, type DatasetId, type UnitType } from '../data/schema.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import { formatFormerDistrict } from '../i18n/vietnamese-names.ts';
import type { DatasetProvenance, DataSource } from './chart-context.ts';
import type { UnitScope } from './page-labels.ts';
import { flatFileName } from './source-label.ts';

/** Where one dataset of an exported file comes from. */
export interface ExportSource {
  readonly dataset: DatasetId;
  readonly source: DataSource;
}

/**
 * What every downloaded file says about itself: a chart image draws it under the chart, a CSV
 * carries it in its `xuat_xu` column, an XLSX on its "Nguồn" sheet. Plain text, already worded
 * (filters, dates) except the facts this module words itself.
 */
export interface ExportProvenance {
  readonly title: string;
  /** The filters applied to what the file holds, in words ("Loại: Phường"); empty: none. */
  readonly filters: readonly string[];
  readonly provinces: readonly string[];
  /** Units loaded; null while not known. */
  readonly unitCount: number | null;
  /** Every dataset whose figures are in the file, with its source. */
  readonly sources: readonly ExportSource[];
  /** The latest month or snapshot of the figures shown, in words; null when none applies. */
  readonly dataDate: string | null;
  /** The page's address at export time. */
  readonly url: string;
  /** The export's date and time, in words. */
  readonly exportedAt: string;
  /** Some figures are the synthetic sample: the file must say so. */
  readonly synthetic: boolean;
}

/** One line of a file's provenance: "Nguồn (điểm số)" → "dữ liệu mẫu tổng hợp…". */
export interface ExportFact {
  readonly label: string;
  readonly value: string;
}

export interface ExportProvenanceInput {
  readonly title: string;
  readonly filters: readonly string[];
  readonly scope: UnitScope | null;
  readonly datasets: readonly DatasetId[];
  readonly provenance: DatasetProvenance;
  readonly dataDate: string | null;
  readonly url: string;
  readonly exportedAt: string;
}

/**
 * The provenance of a file from what a view knows: the datasets it holds are listed in schema
 * order, once each, without those cleared (they hold nothing); synthetic when any of them is the
 * sample.
 */
export function exportProvenance(input: ExportProvenanceInput): ExportProvenance {
  const sources = DATASET_ORDER.filter((dataset) => input.datasets.includes(dataset))
    .map((dataset) => ({ dataset, source: input.provenance[dataset].source }))
    .filter(({ source }) => source.kind !== 'cleared');
  return {
    title: input.title,
    filters: input.filters,
    provinces: input.scope?.provinces ?? [],
    unitCount: input.scope?.unitCount ?? null,
    sources,
    dataDate: input.dataDate,
    url: input.url,
    exportedAt: input.exportedAt,
    synthetic: sources.some(({ source }) => source.kind === 'sample'),
  };
}

function sourceWords(
  { dataset, source }: ExportSource,
  unitCount: number | null,
  t: Translate,
): string {
  switch (source.kind) {
    case 'sample':
      return t('export.source.sample');
    case 'reference':
      return dataset === 'units' && unitCount !== null
        ? t('export.source.unitsReference', { count: unitCount })
        : t('export.source.reference');
    case 'upload':
      return t('export.source.upload', { file: `«${flatFileName(source.file)}»` });
    case 'cleared':
      return '';
  }
}

function scopeWords(provenance: ExportProvenance, t: Translate): string | null {
  const { provinces, unitCount } = provenance;
  if (unitCount === null) return provinces.length === 0 ? null : provinces.join(', ');
  return provinces.length === 0
    ? t('export.scopeUnits', { count: unitCount })
    : t('export.scope', { provinces: provinces.join(', '), count: unitCount });
}

/**
 * One fact per line, in a fixed order: the sample mark first when there is one (so a reader who
 * sees one line sees it), then title, filters, coverage, one source per dataset, data date, page
 * and export time. A fact that is not known is left out rather than written empty.
 */
export function exportFacts(provenance: ExportProvenance, t: Translate): ExportFact[] {
  const facts: ExportFact[] = [];
  if (provenance.synthetic) {
    facts.push({ label: t('export.fact.note'), value: t('export.syntheticMark') });
  }
  facts.push({ label: t('export.fact.title'), value: provenance.title });
  facts.push({
    label: t('export.fact.filters'),
    value: provenance.filters.length === 0 ? t('export.noFilter') : provenance.filters.join(' · '),
  });
  const scope = scopeWords(provenance, t);
  if (scope !== null) facts.push({ label: t('export.fact.scope'), value: scope });
  for (const source of provenance.sources) {
    facts.push({
      label: t('export.fact.source', { dataset: t(`source.dataset.${source.dataset}`) }),
      value: sourceWords(source, provenance.unitCount, t),
    });
  }
  if (provenance.dataDate !== null) {
    facts.push({ label: t('export.fact.dataDate'), value: provenance.dataDate });
  }
  facts.push({ label: t('export.fact.url'), value: provenance.url });
  facts.push({ label: t('export.fact.exportedAt'), value: provenance.exportedAt });
  return facts;
}

/** A fact on one line of text: "Bộ lọc: Loại: Phường". */
export function factLine({ label, value }: ExportFact): string {
  return `${label}: ${value}`;
}

/**
 * The lines drawn under an exported chart: the facts, but the sources on one line, "không lọc"
 * rather than "toàn bộ bảng", and the title left out when the chart draws its own.
 */
export function exportFooterLines(
  provenance: ExportProvenance,
  t: Translate,
  options: { readonly drawsTitle: boolean },
): string[] {
  const lines: string[] = [];
  const sources = provenance.sources.map(
    (source) =>
      `${t(`source.dataset.${source.dataset}`)} — ${sourceWords(source, provenance.unitCount, t)}`,
  );
  const sourceLabels = new Set(
    provenance.sources.map((source) =>
      t('export.fact.source', { dataset: t(`source.dataset.${source.dataset}`) }),
    ),
  );
  let sourcesWritten = false;
  for (const fact of exportFacts(provenance, t)) {
    if (options.drawsTitle && fact.label === t('export.fact.title')) continue;
    // A chart is not a table: with no filter it is simply unfiltered.
    if (fact.label === t('export.fact.filters') && provenance.filters.length === 0) {
      lines.push(`${fact.label}: ${t('export.noFilterChart')}`);
      continue;
    }
    if (sourceLabels.has(fact.label)) {
      if (!sourcesWritten) lines.push(`${t('export.fact.sources')}: ${sources.join('; ')}`);
      sourcesWritten = true;
      continue;
    }
    lines.push(factLine(fact));
  }
  return lines;
}

/** The unit filters of a page in words, as files name them: "Loại: Phường · Địa bàn cũ: …". */
export function unitFilterWords(
  filter: { readonly type: UnitType | null; readonly district: string | null },
  ctx: { readonly t: Translate; readonly locale: Locale },
): string[] {
  const words: string[] = [];
  if (filter.type !== null)
    words.push(ctx.t('export.filter.type', { type: ctx.t(`type.${filter.type}`) }));
  if (filter.district !== null) {
    words.push(
      ctx.t('export.filter.district', {
        district: formatFormerDistrict(filter.district, ctx.locale),
      }),
    );
  }
  return words;
}
