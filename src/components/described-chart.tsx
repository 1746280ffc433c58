import type { ReactNode } from 'react';

interface DescribedChartProps {
  /** The id of the chart's one-sentence summary (`aria-describedby`). */
  readonly summaryId: string;
  /** The id of the chart's table alternative (`aria-details`). */
  readonly tableId: string;
  /** Names the chart for tests and styles (`data-chart`). */
  readonly name: string;
  /** The chart (`EChart`). */
  readonly children: ReactNode;
}

/**
 * Ties a chart to its text summary and its table alternative, wherever on the page they are.
 * The references sit on a group around the chart because the adapter's `role="img"` element
 * takes no extra attributes yet; when it does, they belong there.
 */
export function DescribedChart({ summaryId, tableId, name, children }: DescribedChartProps) {
  return (
    <div role="group" aria-describedby={summaryId} aria-details={tableId} data-chart={name}>
      {children}
    </div>
  );
}
