import type { ChartOption } from '../../src/charts/chart-option.ts';
import { composite } from '../../src/charts/colour-vision/srgb.ts';

interface Style {
  readonly color?: unknown;
  readonly opacity?: number;
  readonly borderColor?: unknown;
}
interface DrawnSeries {
  readonly itemStyle?: Style;
  readonly lineStyle?: Style;
  readonly areaStyle?: Style;
  readonly data?: readonly unknown[];
  readonly markArea?: { readonly data?: readonly (readonly { itemStyle?: Style }[])[] };
}

const asDrawn = (series: unknown): DrawnSeries => series as DrawnSeries;
const itemStyleOf = (datum: unknown): Style | undefined =>
  typeof datum === 'object' && datum !== null && 'itemStyle' in datum
    ? (datum as { itemStyle?: Style }).itemStyle
    : undefined;
const blended = (style: Style | undefined, fallback?: unknown): string | null => {
  const color = style?.color === 'transparent' ? style.borderColor : (style?.color ?? fallback);
  if (typeof color !== 'string') return null;
  return composite(color, style?.opacity ?? 1).toLowerCase();
};

/**
 * The colours a chart draws its series with, as seen (translucent ones blended over white), the
 * fills of its shaded areas, and how many series have no colour of their own (they would take
 * ECharts' default palette, which nothing checks).
 */
/** The series colours an option draws, see-through fills blended as painted. */
export function drawnColours(option: ChartOption) {
  const palette = Array.isArray(option.color) ? option.color : [];
  const list = Array.isArray(option.series) ? option.series : [option.series];
  const series = new Set<string>();
  const areas = new Set<string>();
  let uncoloured = 0;
  list.map(asDrawn).forEach((entry, index) => {
    const data = entry.data ?? [];
    for (const fill of data.map((datum) => blended(itemStyleOf(datum)))) {
      if (fill !== null) series.add(fill);
    }
    for (const [from] of entry.markArea?.data ?? []) {
      const fill = blended(from?.itemStyle);
      if (fill !== null) areas.add(fill);
    }
    if (entry.areaStyle !== undefined) {
      const fill = blended(
        { ...entry.areaStyle, opacity: entry.areaStyle.opacity ?? 0.7 },
        entry.itemStyle?.color,
      );
      if (fill !== null) series.add(fill);
      return;
    }
    if (entry.lineStyle?.opacity === 0) return; // a stacking base, never drawn
    const own =
      blended(entry.itemStyle) ??
      blended(entry.lineStyle) ??
      blended(undefined, palette[index % Math.max(1, palette.length)]);
    if (own !== null) series.add(own);
    else if (data.every((datum) => itemStyleOf(datum)?.color === undefined)) uncoloured += 1;
  });
  return { series, areas, uncoloured };
}
