import type { ChartOption } from '../../src/charts/chart-option.ts';
import { registerExtras } from '../../src/components/echarts-extras.ts';
import { echarts } from '../../src/components/echarts-registry.ts';

// The page loads the other charts and the SVG renderer as a chunk; here they are there at once.
registerExtras(echarts);

/** Renders an option to an SVG string with ECharts' server-side renderer (no DOM needed). */
export function renderSvg(option: ChartOption, width = 800, height = 600): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return normaliseSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

// Rounds coordinates so tiny floating-point differences between machines don't fail the test.
function normaliseSvg(svg: string): string {
  return renumberIds(
    svg.replace(/\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100)),
  );
}

// zrender numbers painters (`zr3`) and CSS classes (`-cls-41`) with module-wide counters, so ids
// depend on how many charts the worker rendered before. Renumber them in order of first appearance.
const GENERATED_ID = /\bzr(\d+)-([a-z]+-?)\d+\b/g;

function renumberIds(svg: string): string {
  const painters = new Map<string, number>();
  const counts = new Map<string, number>();
  const renamed = new Map<string, string>();
  return svg.replace(GENERATED_ID, (id, painter: string, kind: string) => {
    let name = renamed.get(id);
    if (name === undefined) {
      const painterIndex = painters.get(painter) ?? painters.size;
      painters.set(painter, painterIndex);
      const index = counts.get(kind) ?? 0;
      counts.set(kind, index + 1);
      name = `zr${String(painterIndex)}-${kind}${String(index)}`;
      renamed.set(id, name);
    }
    return name;
  });
}
