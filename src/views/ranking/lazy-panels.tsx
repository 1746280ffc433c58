import { lazyPanel } from '../../components/suspended.tsx';

// The ranking's other panels, each a chunk of its own: the first chart needs none of them.
const heatmap = lazyPanel(() =>
  import('./heatmap-panel.tsx').then((module) => module.HeatmapPanel),
);
const compare = lazyPanel(() =>
  import('./compare-panel.tsx').then((module) => module.ComparePanel),
);
const distribution = lazyPanel(() =>
  import('./distribution-panel.tsx').then((module) => module.DistributionPanel),
);

/** Fetches the panels' chunks ahead of a click (the ranking calls it once it has painted). */
export function preloadRankingPanels(): void {
  for (const panel of [heatmap, compare, distribution]) void panel.preload().catch(() => undefined);
}

export const HeatmapPanel = heatmap.Panel;
export const ComparePanel = compare.Panel;
export const DistributionPanel = distribution.Panel;
