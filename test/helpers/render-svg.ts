import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartOption } from '../../src/charts/chart-option.ts';
import { echarts } from '../../src/components/echarts-registry.ts';

const OUTPUT_DIR = path.resolve(import.meta.dirname, '../output');

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
  return svg.replace(/\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
}

/**
 * Compares an SVG with the golden file `test/output/<name>.svg`. A missing golden file is written
 * (commit it after looking at it); a different one is written beside it as `<name>-changed.svg`.
 */
export function matchGoldenSvg(name: string, svg: string): { ok: boolean; message: string } {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const golden = path.join(OUTPUT_DIR, `${name}.svg`);
  const changed = path.join(OUTPUT_DIR, `${name}-changed.svg`);
  if (!existsSync(golden)) {
    if (process.env.CI === 'true') {
      return { ok: false, message: `golden file missing in CI: ${golden}` };
    }
    writeFileSync(golden, svg);
    return { ok: true, message: `wrote ${golden}` };
  }
  if (readFileSync(golden, 'utf8') === svg) return { ok: true, message: 'same' };
  writeFileSync(changed, svg);
  return { ok: false, message: `differs from ${golden}: see ${changed}` };
}
