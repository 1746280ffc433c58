/**
 * Layout pieces for narrow screens (`compact`): title and subtitle wrap, the legend moves under
 * the plot, so nothing overlaps at 375 px. Shared by the dossier and petition builders.
 */
export function chartLayout(compact: boolean | undefined, legendTop: number, gridTop: number) {
  return compact === true
    ? {
        titleText: { fontSize: 13, width: 300, overflow: 'break' as const },
        subtext: { width: 300, overflow: 'break' as const, lineHeight: 16 },
        legend: {
          bottom: 0,
          left: 0,
          itemWidth: 12,
          itemHeight: 8,
          textStyle: { fontSize: 10 },
        },
        gridTop: 96,
        gridBottom: 112,
        extraHeight: 120,
        labelWidth: 150,
      }
    : {
        titleText: { fontSize: 15 },
        subtext: {},
        legend: { top: legendTop, left: 0 },
        gridTop,
        gridBottom: 16,
        extraHeight: 0,
        labelWidth: 260,
      };
}

// ECharts 6 measures, with the title at `top: 0` (its default moved it 15 px down): a 15 px title
// inside 5 px of padding, 10 px before the subtitle, 16 px subtitle lines; legend rows of 14 px
// icons inside 5 px of padding, 10 px apart when the legend wraps.
const SUBTITLE_TOP = 30;
export const SUBTITLE_LINE_HEIGHT = 16;
const LEGEND_PADDING = 5;
export const LEGEND_ITEM_HEIGHT = 14;
const LEGEND_ROW_GAP = 10;
const ROW_GAP = 4;

/**
 * A header stacked in bands that never share a line, at any width: title, the subtitle's lines,
 * the legend's rows, then the plot. The grid must contain its axis name
 * (`outerBoundsContain: 'all'`), so a top axis's title sits under the legend, never beside it.
 */
export function stackedHeader(subtitleLines: number, legendRows = 1) {
  const legendTop = SUBTITLE_TOP + subtitleLines * SUBTITLE_LINE_HEIGHT + ROW_GAP;
  const legendBottom =
    legendTop +
    2 * LEGEND_PADDING +
    legendRows * LEGEND_ITEM_HEIGHT +
    (legendRows - 1) * LEGEND_ROW_GAP;
  return {
    legend: { top: legendTop, padding: LEGEND_PADDING, itemHeight: LEGEND_ITEM_HEIGHT },
    legendBottom,
    gridTop: legendBottom + ROW_GAP,
  };
}
