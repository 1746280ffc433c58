/** A chart of the page that can be embedded. */
export interface PageFigure {
  /** Its `data-chart` name, the `figure` param of the embed. */
  readonly name: string;
  /** Its accessible name (the chart's label), or the name. */
  readonly label: string;
  /** Its drawn height in pixels, for the iframe's suggested height. */
  readonly height: number;
}

/** The charts under `root`, in page order (`DescribedChart` marks each with `data-chart`). */
export function pageFigures(root: ParentNode): PageFigure[] {
  const seen = new Set<string>();
  return [...root.querySelectorAll<HTMLElement>('[data-chart]')].flatMap((element) => {
    const name = element.dataset.chart ?? '';
    if (name === '' || seen.has(name)) return [];
    seen.add(name);
    const label = element.querySelector('[role="img"]')?.getAttribute('aria-label') ?? name;
    return [{ name, label, height: element.getBoundingClientRect().height }];
  });
}

/** The chart an embed shows, and whether the one the link asked for is missing. */
export interface FigureChoice {
  /** Null while it cannot be chosen yet (the page's charts are still coming). */
  readonly figure: string | null;
  /** The link named a chart the settled page does not have. */
  readonly missing: boolean;
}

/**
 * The chart asked for when the page has it; otherwise, once the page has settled (its data
 * loaded, no query running), its first chart, and the request reported as missing. Waiting for
 * the page to settle keeps a chart that comes later (a panel that loads its own data) from
 * being reported missing, and the default from jumping to a chart that comes first on the page.
 */
export function chooseFigure(
  requested: string | null,
  charts: readonly string[],
  settled: boolean,
): FigureChoice {
  if (requested !== null && charts.includes(requested))
    return { figure: requested, missing: false };
  if (!settled) return { figure: null, missing: false };
  return { figure: charts[0] ?? null, missing: requested !== null };
}
