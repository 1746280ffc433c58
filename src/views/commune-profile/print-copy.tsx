import type { ReactNode } from 'react';

/** Pixel sizes of the charts' print copies, laid out for one A4 page (see commune-profile.css). */
export const PRINT_SIZES = { rankHeight: 220, groupPanelHeight: 76, activityHeight: 84 } as const;

interface PrintCopyProps {
  /** The class that gives the copy its printed width in mm (`print-rank`, `print-groups`, …). */
  readonly size: string;
  /** A heading printed above a chart drawn without its own title. */
  readonly title?: string;
  readonly children: ReactNode;
}

/**
 * A second rendering of a chart at its printed size, kept off screen and shown only in print.
 * ECharts draws on a canvas of fixed pixel size and only resizes when its container does, which
 * does not happen between Ctrl+P and the print snapshot; a copy drawn at the final size prints
 * sharp at 1:1 whatever the window width. Hidden from assistive technology (the screen chart and
 * its table already describe the data).
 */
export function PrintCopy({ size, title, children }: PrintCopyProps) {
  return (
    <div className={`profile-print-only ${size}`} aria-hidden="true">
      {title === undefined ? null : <h4 className="profile-print-chart-title">{title}</h4>}
      {children}
    </div>
  );
}
