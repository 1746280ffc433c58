import { useMemo } from 'react';
import {
  buildPetitionUnitsOption,
  petitionUnitsChartHeight,
  type PetitionUnitsChartInput,
} from '../../charts/build-petition-units-option.ts';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';

interface PetitionUnitsChartProps {
  /** What to draw, memoised by the view; the layout follows the screen width here. */
  readonly input: Omit<PetitionUnitsChartInput, 'compact'>;
  /** Units with a bar (petitions, and a known population per 10,000). */
  readonly drawn: number;
  /** Ids of the chart's summary sentence and table alternative, rendered by the view. */
  readonly summaryId: string;
  readonly tableId: string;
}

/** Every unit's petitions over the period, by topic or outcome, in the table's order. */
export function PetitionUnitsChart(props: PetitionUnitsChartProps) {
  return (
    <ErrorBoundary scope="panel">
      <PetitionUnitsChartBody {...props} />
    </ErrorBoundary>
  );
}

function PetitionUnitsChartBody({ input, drawn, summaryId, tableId }: PetitionUnitsChartProps) {
  const ctx = useChartContext('petitions');
  const compact = useNarrowScreen();
  const option = useMemo(
    () => buildPetitionUnitsOption({ ...input, compact }, ctx),
    [input, compact, ctx],
  );
  const { t } = ctx;
  const { period, mode, measure } = input;
  return (
    <DescribedChart summaryId={summaryId} tableId={tableId} name="petition-units">
      <EChart
        option={option}
        height={petitionUnitsChartHeight(drawn, compact)}
        label={t('petitions.unitsChartLabel', {
          title: t(mode === 'topics' ? 'petitions.chartTopics' : 'petitions.chartOutcomes'),
          count: drawn,
          period,
          unit: t(`petitions.measure.${measure}`),
        })}
        testId="petition-units-chart"
        filtered
      />
    </DescribedChart>
  );
}
