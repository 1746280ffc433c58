/** The performance mark of the page's first chart on screen (the bench and tests read it too). */
export const FIRST_CHART_MARK = 'commune-scorecard:first-chart';

let markDrawn: (() => void) | null = null;
const drawn = new Promise<void>((resolve) => {
  markDrawn = resolve;
});

/** Called by `EChart` after it draws: the first call marks the page's first chart. */
export function chartDrawn(): void {
  if (markDrawn === null) return;
  markDrawn();
  markDrawn = null;
  performance.mark(FIRST_CHART_MARK);
}

/** Resolves once a chart has been drawn on this page (never, on a page without charts). */
export const firstChartDrawn = (): Promise<void> => drawn;
