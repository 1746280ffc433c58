import { lazy } from 'react';
import { suspended } from '../../components/suspended.tsx';

// The ranking's other panels, each a chunk of its own: the first chart needs none of them.
const heatmap = () => import('./heatmap-panel.tsx');
const compare = () => import('./compare-panel.tsx');
const distribution = () => import('./distribution-panel.tsx');
const Heatmap = lazy(() => heatmap().then((module) => ({ default: module.HeatmapPanel })));
const Compare = lazy(() => compare().then((module) => ({ default: module.ComparePanel })));
const Distribution = lazy(() =>
  distribution().then((module) => ({ default: module.DistributionPanel })),
);

/** Fetches the panels' chunks ahead of a click (the ranking calls it once it has painted). */
export function preloadRankingPanels(): void {
  for (const load of [heatmap, compare, distribution]) void load().catch(() => undefined);
}

export const HeatmapPanel = suspended(Heatmap);
export const ComparePanel = suspended(Compare);
export const DistributionPanel = suspended(Distribution);
