import { useMemo } from 'react';
import {
  buildDossierUnitsOption,
  dossierUnitsChartHeight,
  type DossierUnitsChartInput,
} from '../../charts/build-dossier-units-option.ts';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';

interface DossierUnitsChartProps {
  /** What to draw, memoised by the view; the layout follows the screen width here. */
  readonly input: Omit<DossierUnitsChartInput, 'compact'>;
  /** Units with a report this month: the bars drawn. */
  readonly reported: number;
  /** Ids of the chart's summary sentence and table alternative, rendered by the view. */
  readonly summaryId: string;
  readonly tableId: string;
}

/** Every reporting unit's dossiers for the month, by outcome or channel, in the table's order. */
export function DossierUnitsChart(props: DossierUnitsChartProps) {
  return (
    <ErrorBoundary scope="panel">
      <DossierUnitsChartBody {...props} />
    </ErrorBoundary>
  );
}

function DossierUnitsChartBody({ input, reported, summaryId, tableId }: DossierUnitsChartProps) {
  const ctx = useChartContext('dossiers');
  const compact = useNarrowScreen();
  const option = useMemo(
    () => buildDossierUnitsOption({ ...input, compact }, ctx),
    [input, compact, ctx],
  );
  const { t, format } = ctx;
  const { month, mode } = input;
  return (
    <DescribedChart summaryId={summaryId} tableId={tableId} name="dossier-units">
      <EChart
        option={option}
        height={dossierUnitsChartHeight(reported, compact)}
        label={t('dossiers.unitsChartLabel', {
          count: reported,
          month: format.month(month),
          title: t(mode === 'outcomes' ? 'dossiers.chartOutcomes' : 'dossiers.chartChannels'),
        })}
        testId="dossier-units-chart"
        filtered
      />
    </DescribedChart>
  );
}
