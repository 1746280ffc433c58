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
