import { useId } from 'react';
import type { ChartOption } from '../../charts/chart-option.ts';
import { ACTIVITY_CHART_HEIGHT } from '../../charts/build-commune-activity-option.ts';
import type { ChartTableSpec } from '../../charts/chart-table.ts';
import type { DatasetId } from '../../data/schema.ts';
import { ChartTableAlternative } from '../../components/chart-table-alternative.tsx';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { AppLink } from '../../routing/app-link.tsx';
import type { SearchTarget } from '../../state/route.ts';
import { PRINT_SIZES, PrintCopy } from './print-copy.tsx';

interface ActivityBlockProps {
  readonly title: string;
  /** Null when the unit has nothing to show: the `none` sentence replaces the chart. */
  readonly charts: {
    readonly screen: ChartOption;
    readonly print: ChartOption;
    /** The chart's text summary and table alternative (screen only). */
    readonly summary: string;
    readonly table: ChartTableSpec;
  } | null;
  readonly none: string;
  readonly latest: string | null;
  readonly link: { readonly to: SearchTarget; readonly label: string };
  readonly testId: string;
  /** The unit's name, marked `lang="vi"` where the summary and table say it. */
  readonly name: string;
  /** The datasets of the chart, named in its downloads. */
  readonly datasets?: readonly DatasetId[];
  /** The downloads' file name (`ho-so-20364`). */
  readonly fileName?: string;
}

/** One small trend (dossiers or petitions) with its latest month in words and a link. */
export function ActivityBlock(props: ActivityBlockProps) {
  const { title, charts, none, latest, link, testId, name, datasets, fileName } = props;
  const id = useId();
  return (
    <div className="profile-activity-block" data-testid={testId}>
      {charts === null ? (
        <p className="profile-none">
          <strong>{title}:</strong> {none}
        </p>
      ) : (
        <>
          <div className="profile-screen-only">
            <p className="summary" id={`${id}-summary`} data-testid={`${testId}-summary`}>
              <WithVietnameseNames text={charts.summary} names={[name]} />
            </p>
            <DescribedChart summaryId={`${id}-summary`} tableId={`${id}-table`} name={testId}>
              <EChart
                option={charts.screen}
                height={ACTIVITY_CHART_HEIGHT}
                label={`${title} · ${name}`}
                testId={`${testId}-chart`}
                datasets={datasets}
                fileName={fileName}
              />
            </DescribedChart>
            <ChartTableAlternative
              id={`${id}-table`}
              tables={[charts.table]}
              names={[name]}
              name={title}
              testId={`${testId}-table`}
              datasets={datasets}
              fileName={fileName === undefined ? undefined : `${fileName}-bang`}
            />
          </div>
          <h4 className="profile-print-title" aria-hidden="true">
            {title}
          </h4>
          <PrintCopy size="print-activity">
            <EChart
              option={charts.print}
              height={PRINT_SIZES.activityHeight}
              label={title}
              downloads={false}
            />
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
