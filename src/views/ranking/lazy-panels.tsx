import { lazy } from 'react';
import { suspended } from '../../components/suspended.tsx';

// The ranking's other panels, each a chunk of its own: the first chart needs none of them.
const Heatmap = lazy(() =>
  import('./heatmap-panel.tsx').then((module) => ({ default: module.HeatmapPanel })),
);
const Compare = lazy(() =>
  import('./compare-panel.tsx').then((module) => ({ default: module.ComparePanel })),
);
const Distribution = lazy(() =>
  import('./distribution-panel.tsx').then((module) => ({ default: module.DistributionPanel })),
);

export const HeatmapPanel = suspended(Heatmap);
export const ComparePanel = suspended(Compare);
export const DistributionPanel = suspended(Distribution);
