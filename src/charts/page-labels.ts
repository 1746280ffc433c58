import { DATASET_ORDER, type DatasetId } from '../data/schema.ts';
import { INTL_LOCALE } from '../i18n/locale.ts';
import type { ChartContext, DataSource, DatasetProvenance } from './chart-context.ts';
import { flatFileName } from './source-label.ts';

/** What the loaded units cover, as the unit-summary question answers it. */
export interface UnitScope {
  /** Distinct province names; empty when the units name none. */
  readonly provinces: readonly string[];
  readonly unitCount: number;
}

type TextContext = Pick<ChartContext, 't' | 'format' | 'locale'>;

/**
 * The page's title: it names the province of the loaded units when they name exactly one, the
 * number of provinces when they name several, and no place at all when they name none or are
 * not loaded yet (never a province the data does not give).
 */
export function appTitle(scope: UnitScope | null, ctx: Pick<TextContext, 't'>): string {
  const { t } = ctx;
  const [province, ...others] = scope?.provinces ?? [];
  if (province === undefined) return t('app.title');
  if (others.length === 0) return t('app.titleProvince', { province });
  return t('app.titleProvinces', { count: others.length + 1 });
}

/** The subtitle: how many units are loaded, once known. */
export function appSubtitle(scope: UnitScope | null, ctx: TextContext): string {
  return scope === null
    ? ctx.t('app.subtitleNeutral')
    : ctx.t('app.subtitle', { count: scope.unitCount });
}

/** The ranking's scope note: ranks are among every scored unit, of the province when there is one. */
export function rankingScope(
  rankedCount: number,
  scope: UnitScope | null,
  ctx: TextContext,
): string {
  const count = rankedCount;
  const [province, ...others] = scope?.provinces ?? [];
  return province !== undefined && others.length === 0
    ? ctx.t('ranking.scopeProvince', { count, province })
    : ctx.t('ranking.scope', { count });
}

// One list format per language: the app's footer names its sources on every render.
const listFormats = new Map<TextContext['locale'], Intl.ListFormat>();

function listOf(names: readonly string[], ctx: Pick<TextContext, 'locale'>): string {
  let format = listFormats.get(ctx.locale);
  if (format === undefined) {
    format = new Intl.ListFormat(INTL_LOCALE[ctx.locale], { type: 'conjunction' });
    listFormats.set(ctx.locale, format);
  }
  return format.format(names);
}

function datasetNames(
  datasets: readonly DatasetId[],
  ctx: Pick<TextContext, 't' | 'locale'>,
): string {
  return listOf(
    datasets.map((dataset) => ctx.t(`source.dataset.${dataset}`)),
    ctx,
  );
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The sources line of the footer and of a printed report: where the units and every other
 * dataset come from, datasets of one source named together ("điểm số, hồ sơ và kiến nghị là dữ
 * liệu mẫu tổng hợp"), an uploaded file by its name. A cleared dataset has no source to name.
 */
export function sourcesLine(
  provenance: DatasetProvenance,
  scope: UnitScope,
  ctx: TextContext,
): string {
  const { t } = ctx;
  const count = scope.unitCount;
  const parts: string[] = [];
  const units = provenance.units.source;
  if (units.kind === 'reference') parts.push(t('source.unitsReference', { count }));
  if (units.kind === 'upload') {
    parts.push(t('source.unitsUpload', { count, file: flatFileName(units.file) }));
  }
  const groups = new Map<string, { source: DataSource; datasets: DatasetId[] }>();
  for (const dataset of DATASET_ORDER) {
    const { source } = provenance[dataset];
    if (source.kind === 'cleared') continue;
    if (dataset === 'units' && source.kind !== 'sample') continue;
    const key = source.kind === 'upload' ? `upload:${source.file}` : source.kind;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { source, datasets: [dataset] });
    else group.datasets.push(dataset);
  }
  for (const { source, datasets } of groups.values()) {
    const names = datasetNames(datasets, ctx);
    if (source.kind === 'sample') parts.push(t('source.sample', { datasets: names }));
    if (source.kind === 'reference') parts.push(t('source.reference', { datasets: names }));
    if (source.kind === 'upload') {
      parts.push(t('source.upload', { datasets: names, file: flatFileName(source.file) }));
    }
  }
  return parts.length === 0 ? '' : t('source.line', { parts: parts.join('; ') });
}

/** The datasets among those a page shows whose figures are the synthetic sample. */
export function syntheticDatasets(
  provenance: DatasetProvenance,
  shown: readonly DatasetId[],
): DatasetId[] {
  return shown.filter((dataset) => provenance[dataset].synthetic);
}

/**
 * The sample notice's explanation: which of the page's datasets are machine-generated, and,
 * when the units are the published reference list, that the list itself is real. Null when
 * nothing the page shows is synthetic: then there is no notice at all.
 */
export function sampleExplanation(
  provenance: DatasetProvenance,
  shown: readonly DatasetId[],
  scope: UnitScope | null,
  ctx: TextContext,
): string | null {
  const synthetic = syntheticDatasets(provenance, shown);
  if (synthetic.length === 0) return null;
  const explain = capitalise(ctx.t('sample.explain', { datasets: datasetNames(synthetic, ctx) }));
  if (scope === null || provenance.units.source.kind !== 'reference') return explain;
  return `${explain} ${ctx.t('sample.explainUnits', { count: scope.unitCount })}`;
}
