import type { BarSeriesOption } from 'echarts/charts';
import { contrastRatio } from './colour-vision/srgb.ts';

/** An ECharts decal (a fill pattern drawn over a bar, also on its legend icon). */
export type Decal = Exclude<
  NonNullable<NonNullable<BarSeriesOption['itemStyle']>['decal']>,
  'none'
>;

/**
 * The second cue of ordered categories: patterns that stay apart in greyscale and at a 14 px
 * bar height. Only rectangles: zrender's SVG output draws decal circles as empty arcs.
 */
export type DecalPattern = 'solid' | 'dots' | 'stripes' | 'lines' | 'backStripes';

const SHAPES: Readonly<Record<Exclude<DecalPattern, 'solid'>, Decal>> = {
  dots: { symbol: 'rect', symbolSize: 1, dashArrayX: [2, 3], dashArrayY: [2, 3] },
  stripes: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4 },
  lines: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [1.5, 3.5] },
  backStripes: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 4 },
};

const LIGHT_INK = 'rgba(255, 255, 255, 0.55)';
const DARK_INK = 'rgba(0, 0, 0, 0.3)';

/**
 * The decal for a pattern on a fill, inked light on dark fills and dark on light ones (whichever
 * contrasts more), or undefined for a plain fill.
 */
export function decalFor(pattern: DecalPattern, fill: string): Decal | undefined {
  if (pattern === 'solid') return undefined;
  const ink =
    contrastRatio(fill, '#ffffff') > contrastRatio(fill, '#000000') ? LIGHT_INK : DARK_INK;
  return { ...SHAPES[pattern], color: ink };
}
