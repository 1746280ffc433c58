import { useMemo } from 'react';
import { exportNote } from '../../charts/source-label.ts';
import { useProvenance } from '../../components/data-status.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryState } from '../../components/query-state.tsx';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import { parsePointKey } from '../../data/report-point.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { QUESTIONS, type UnitRow } from '../../queries/questions.ts';
import { useQuestion } from '../../queries/use-question.ts';
import {
  metricGroups,
  perItemText,
  reachText,
  type CommuneMetricRow,
  type MetricLine,
} from './profile-metrics-model.ts';
import { ProfileMetricsTable } from './profile-metrics-table.tsx';
import './profile-metrics.css';

interface ProfileMetricsProps {
  readonly unit: UnitRow;
  /** The profile's month (`YYYY-MM`); null when the unit has no scored month: nothing shown. */
  readonly month: string | null;
}

/** The unit's sub-indicators in the profile's month: what each lost and what is within reach. */
export function ProfileMetrics(props: ProfileMetricsProps) {
  return (
    <ErrorBoundary scope="panel">
      <ProfileMetricsBody {...props} />
    </ErrorBoundary>
  );
}

function ProfileMetricsBody({ unit, month }: ProfileMetricsProps) {
  const { t, format } = useI18n();
  // `month` is the profile's latest point: a month, a year to date, or a period's snapshot.
  const point = month === null ? null : parsePointKey(month);
  const metrics = useQuestion(
    QUESTIONS.communeMetrics,
    point === null
      ? null
      : {
          code: unit.code,
          periodType: point.periodType,
          period: point.period,
          snapshot: point.snapshot,
        },
  );
  if (month === null) return null;
  const period = format.month(month);
  return (
    <section
      className="profile-section profile-metrics"
      aria-labelledby="profile-metrics-heading"
      data-testid="profile-metrics"
    >
      <h3 id="profile-metrics-heading">{t('metrics.heading', { period })}</h3>
      <QueryState
        queries={[metrics]}
        empty={metrics.data?.length === 0 ? t('metrics.empty') : null}
      >
        {([rows]) => <MetricsBlocks rows={rows} name={unit.name} code={unit.code} month={month} />}
      </QueryState>
    </section>
  );
}

interface MetricsBlocksProps {
  readonly rows: readonly CommuneMetricRow[];
  readonly name: string;
  readonly code: string;
  readonly month: string;
}

function MetricsBlocks({ rows, name, code, month }: MetricsBlocksProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const blocks = useMemo(() => metricGroups(rows), [rows]);
  const note = exportNote(useProvenance('index_metrics'), t);
  const period = format.month(month);
  const snapshot = rows[0]?.snapshotDate;
  const lines = blocks.flatMap((block) => block.lines);
  const columns: CsvColumn<MetricLine>[] = [
    { header: 'period', value: () => month },
    { header: 'snapshot_date', value: (line) => line.row.snapshotDate },
    { header: 'group', value: (line) => line.row.group },
    { header: 'metric_code', value: (line) => line.row.code },
    { header: 'metric_name', value: (line) => line.row.name },
    { header: 'numerator', value: (line) => line.row.numerator },
    { header: 'denominator', value: (line) => line.row.denominator },
    { header: 'ratio', value: (line) => line.row.ratio },
    { header: 'score', value: (line) => line.row.score },
    { header: 'max_score', value: (line) => line.row.maxScore },
    { header: 'points_lost', value: (line) => line.reach.pointsLost },
    { header: 'items_to_full', value: (line) => gain(line)?.items ?? null },
    { header: 'points_within_reach', value: (line) => gain(line)?.points ?? null },
    { header: 'points_per_item', value: (line) => gain(line)?.perItem ?? null },
    {
      header: 'within_reach',
      value: (line) => [reachText(line, i18n), perItemText(line, i18n)].filter(Boolean).join('; '),
    },
  ];
  const subject = t('metrics.subject', { name, period });
  return (
    <>
      {snapshot === undefined ? null : (
        <p className="note">{t('metrics.intro', { period, date: format.date(snapshot) })}</p>
      )}
      <div className="table-actions">
        <DownloadTableButtons
          rows={lines}
          columns={columns}
          note={note}
          fileName={`chi-tieu-thanh-phan-${code}-${month}`}
          testId="profile-metrics"
          subject={subject}
          datasets={['units', 'index_metrics']}
        />
      </div>
      {blocks.map((block) => (
        <ProfileMetricsTable key={block.key} block={block} name={name} period={period} />
      ))}
    </>
  );
}

const gain = (line: MetricLine) => (line.reach.kind === 'gain' ? line.reach : null);
