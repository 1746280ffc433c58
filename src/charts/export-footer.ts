import { graphemes } from './graphemes.ts';
import type { ChartOption } from './chart-option.ts';
import type { ChartTheme } from './theme.ts';

/** The chart's size on screen, in CSS pixels. */
export interface ExportSize {
  readonly width: number;
  readonly height: number;
}

/** An option to draw off screen at `width` × `height`: the chart as shown, then its footer. */
export interface ExportLayout {
  readonly option: ChartOption;
  readonly width: number;
  readonly height: number;
}

export const FOOTER_FONT_SIZE = 11;
export const FOOTER_LINE_HEIGHT = 15;
/** Space between the chart's own drawing and the footer, and below the footer. */
const FOOTER_GAP = 12;
const FOOTER_MARGIN = 8;
// A wide-ish average for an 11 px sans-serif with Vietnamese diacritics: over-estimating makes a
// footer a little taller than needed, never clipped.
const AVERAGE_CHAR_WIDTH = 6.4;
// ECharts' grid default when neither `bottom` nor `height` is set.
const DEFAULT_GRID_BOTTOM = 60;

/** The lines one text takes when broken to `width` pixels (estimated, never fewer than one). */
export function wrappedLineCount(text: string, width: number): number {
  // Breaking between words leaves the end of a line short: count on nine tenths of it.
  const perLine = Math.max(1, Math.floor((0.9 * width) / AVERAGE_CHAR_WIDTH));
  // Counted in user-perceived characters: a letter and its tone mark take one place.
  const chars = graphemes(text).length;
  return Math.max(1, Math.ceil(chars / perLine));
}

/** A position as pixels: numbers as they are, `'40%'` of the given length; null otherwise. */
function pixels(value: unknown, length: number): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?%$/.test(value)) {
    return (Number.parseFloat(value) / 100) * length;
  }
  return null;
}

type Box = Record<string, unknown>;

/**
 * A component moved so that it sits where it sat in a chart `footer` pixels shorter: what is
 * placed from the bottom moves up by the footer, percentages of the height become pixels of the
 * old height (they would otherwise grow with it).
 */
function shifted(box: Box, height: number, footer: number, isGrid: boolean): Box {
  const next: Box = { ...box };
  for (const key of ['top', 'height'] as const) {
    const value = pixels(box[key], height);
    if (value !== null) next[key] = value;
  }
  const bottom = pixels(box.bottom, height);
  if (bottom !== null) next.bottom = bottom + footer;
  else if (isGrid && box.height === undefined) next.bottom = DEFAULT_GRID_BOTTOM + footer;
  return next;
}

function shiftAll(value: unknown, height: number, footer: number, isGrid: boolean): unknown {
  if (Array.isArray(value)) {
    return value.map((box: unknown) => shiftAll(box, height, footer, isGrid));
  }
  if (typeof value === 'object' && value !== null) {
    return shifted(value as Box, height, footer, isGrid);
  }
  return value;
}

const asList = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * The option of a chart as a downloadable image: the same drawing, `lines` of provenance written
 * under it (sources, filters, date, page, export time), the image taller by the footer. Every
 * component placed from the bottom (grid, legend, visual map, zoom) moves up by the footer, so
 * nothing overlaps it; no animation, so an off-screen rendering is complete at once. Text only:
 * ECharts draws the lines as text, so nothing here is HTML. Pure.
 */
export function withExportFooter(
  option: ChartOption,
  lines: readonly string[],
  size: ExportSize,
  theme: Pick<ChartTheme, 'mutedText' | 'fontFamily'>,
): ExportLayout {
  const textWidth = Math.max(120, size.width - 2 * FOOTER_MARGIN);
  const lineCount = lines.reduce((sum, line) => sum + wrappedLineCount(line, textWidth), 0);
  const footer = lineCount === 0 ? 0 : FOOTER_GAP + lineCount * FOOTER_LINE_HEIGHT + FOOTER_MARGIN;
  const height = size.height + footer;
  const moved: Box = { ...(option as Box) };
  for (const key of ['grid', 'legend', 'visualMap', 'dataZoom', 'title'] as const) {
    if (moved[key] !== undefined)
      moved[key] = shiftAll(moved[key], size.height, footer, key === 'grid');
  }
  const footerTitle = {
    text: '',
    subtext: lines.join('\n'),
    left: FOOTER_MARGIN,
    bottom: FOOTER_MARGIN,
    padding: 0,
    itemGap: 0,
    subtextStyle: {
      color: theme.mutedText,
      fontFamily: theme.fontFamily,
      fontSize: FOOTER_FONT_SIZE,
      lineHeight: FOOTER_LINE_HEIGHT,
      width: textWidth,
      // Between words; a word longer than the line (an address) is broken where it must be.
      overflow: 'break',
    },
  };
  const exported = {
    ...moved,
    animation: false,
    // A file is read on any background: the image carries its own white.
    backgroundColor: '#ffffff',
    title: lines.length === 0 ? moved.title : [...asList(moved.title), footerTitle],
  };
  return { option: exported as ChartOption, width: size.width, height };
}

/** The chart's own title text, if it draws one (the first title component's `text`). */
export function chartTitleText(option: ChartOption): string | null {
  const [first] = asList((option as Box).title);
  if (typeof first !== 'object' || first === null) return null;
  const text = (first as Box).text;
  return typeof text === 'string' && text.trim() !== '' ? text : null;
}
