import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { EMBED_SLOT_ATTRIBUTE, useEmbed } from './embed-context.ts';
import { EmbedSummary } from './embed-summary.tsx';

interface DescribedChartProps {
  /** The id of the chart's one-sentence summary (`aria-describedby`). */
  readonly summaryId: string;
  /** The id of the chart's table alternative (`aria-details`). */
  readonly tableId: string;
  /** Names the chart for tests, styles and embeds (`data-chart`, `?embed=1&figure=`). */
  readonly name: string;
  /** The chart (`EChart`). */
  readonly children: ReactNode;
}

/**
 * Ties a chart to its text summary and its table alternative, wherever on the page they are.
 * The references sit on a group around the chart because the adapter's `role="img"` element
 * takes no extra attributes yet; when it does, they belong there.
 *
 * In embed mode (`EmbedContext`) the page is hidden: each chart leaves only a mark of its place
 * (so the shell knows the page's charts, in order), and the chosen one is drawn in the embed
 * frame, with a copy of its summary, through a portal; no view needs to know about embeds.
 */
export function DescribedChart({ summaryId, tableId, name, children }: DescribedChartProps) {
  const embed = useEmbed();
  if (embed === null) {
    return (
      <div role="group" aria-describedby={summaryId} aria-details={tableId} data-chart={name}>
        {children}
      </div>
    );
  }
  const slot = <span hidden {...{ [EMBED_SLOT_ATTRIBUTE]: name }} />;
  if (embed.figure !== name || embed.frame === null) return slot;
  const embedSummaryId = `${summaryId}-embed`;
  return (
    <>
      {slot}
      {createPortal(
        <>
          <div role="group" aria-describedby={embedSummaryId} data-chart={name}>
            {children}
          </div>
          <EmbedSummary id={embedSummaryId} sourceId={summaryId} />
        </>,
        embed.frame,
      )}
    </>
  );
}
