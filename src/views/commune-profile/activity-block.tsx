import type { ChartOption } from '../../charts/chart-option.ts';
import { ACTIVITY_CHART_HEIGHT } from '../../charts/build-commune-activity-option.ts';
import { EChart } from '../../components/echart.tsx';
import { AppLink } from '../../routing/app-link.tsx';
import type { SearchTarget } from '../../state/route.ts';
import { PRINT_SIZES, PrintCopy } from './print-copy.tsx';

interface ActivityBlockProps {
  readonly title: string;
  /** Null when the unit has nothing to show: the `none` sentence replaces the chart. */
  readonly charts: { readonly screen: ChartOption; readonly print: ChartOption } | null;
  readonly none: string;
  readonly latest: string | null;
  readonly link: { readonly to: SearchTarget; readonly label: string };
  readonly testId: string;
}

/** One small trend (dossiers or petitions) with its latest month in words and a link. */
export function ActivityBlock({ title, charts, none, latest, link, testId }: ActivityBlockProps) {
  return (
    <div className="profile-activity-block" data-testid={testId}>
      {charts === null ? (
        <p className="profile-none">
          <strong>{title}:</strong> {none}
        </p>
      ) : (
        <>
          <div className="profile-screen-only">
            <EChart
              option={charts.screen}
              height={ACTIVITY_CHART_HEIGHT}
              label={title}
              testId={`${testId}-chart`}
            />
          </div>
          <h4 className="profile-print-title" aria-hidden="true">
            {title}
          </h4>
          <PrintCopy size="print-activity">
            <EChart option={charts.print} height={PRINT_SIZES.activityHeight} label={title} />
          </PrintCopy>
          {latest === null ? null : <p className="profile-activity-text">{latest}</p>}
        </>
      )}
      <AppLink className="profile-more" to={link.to}>
        {link.label} →
      </AppLink>
    </div>
  );
}
