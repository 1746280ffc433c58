import { memo } from 'react';
import { exportNote, exportNoteHint } from '../../charts/source-label.ts';
import type { ChartContext } from '../../charts/chart-context.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { usePaintedSinceMount } from '../../components/use-painted-since-mount.ts';
import type { NamedUnit } from '../../data/unit-order.ts';
import type { RankingMetric } from '../../data/ranking-metric.ts';
import type { Ranking, RankingRow } from '../../queries/questions.ts';
import { rankingCsvColumns } from './ranking-csv.ts';
import { RankingTable } from './ranking-table.tsx';

/** What the table shows, as one object: the memoised section compares it at once. */
export interface RankingTableInput {
  readonly ranking: Ranking;
  /** Filtered and sorted. */
  readonly rows: readonly RankingRow[];
  readonly wholeRows: readonly RankingRow[] | undefined;
  readonly metric: RankingMetric;
  readonly bands: boolean;
  readonly selected: string | null;
  readonly caption: string;
  readonly ctx: ChartContext;
}

interface RankingTableSectionProps {
  readonly input: RankingTableInput;
  /** Stable identities (`useStableCallback`): the section renders only for a new `input`. */
  readonly onExplain: (unit: NamedUnit) => void;
  readonly onCompare: (unit: NamedUnit) => void;
}

/**
 * The ranking's table and its downloads, open under the chart. Memoised: its 94 rows are most of
 * a switch's rendering, and the view re-renders for more than what they show (a fetch flag, an
 * announcement). Its rows mount one frame after the chart (`usePaintedSinceMount`); after that
 * it updates in the same render as the chart, never a frame behind it.
 */
export const RankingTableSection = memo(function RankingTableSection({
  input,
  onExplain,
  onCompare,
}: RankingTableSectionProps) {
  const { t } = useI18n();
  const { ranking, rows, wholeRows, metric, bands, selected, caption, ctx } = input;
  const noteHint = exportNoteHint(ctx, t);
  // The first chart first: the rows follow in the next frame.
  const painted = usePaintedSinceMount();
  if (!painted) {
    return (
      <details className="table-toggle" open id="ranking-table-toggle">
        <summary>{t('ranking.tableHeading')}</summary>
      </details>
    );
  }
  return (
    <details className="table-toggle" open id="ranking-table-toggle">
      <summary>{t('ranking.tableHeading')}</summary>
      <div className="table-actions">
        <DownloadTableButtons
          rows={rows}
          wholeRows={wholeRows}
          columns={rankingCsvColumns(ranking)}
          note={exportNote(ctx, t)}
          fileName={`xep-hang-${ranking.metric}-${ranking.period}`}
          testId="ranking"
          subject={caption}
        />
        {noteHint === null ? null : <span className="note">{noteHint}</span>}
        <span className="note">{t('tableDownload.provenanceHint')}</span>
      </div>
      <RankingTable
        rows={rows}
        rankedCount={ranking.rankedCount}
        metric={metric}
        bands={bands}
        selected={selected}
        caption={caption}
        onExplain={onExplain}
        onCompare={onCompare}
      />
    </details>
  );
});
