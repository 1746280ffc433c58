import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useLoadedData } from '../../queries/use-loaded-data.ts';
import { DatasetsTable } from './datasets-table.tsx';
import { DownloadsPanel } from './downloads-panel.tsx';
import { IssuesTable } from './issues-table.tsx';
import { SqlConsole } from './sql-console.tsx';
import { UploadPanel } from './upload-panel.tsx';
import './data-view.css';

/** Sources and reconciliation, the data-quality report, upload, SQL console and downloads. */
export function DataView() {
  const { t } = useI18n();
  const loaded = useLoadedData();
  if (loaded.data === undefined) return <QueryFallback queries={[loaded]} />;
  const data = loaded.data;
  return (
    <div className="data-view">
      <section className="panel" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('data.current')}</h2>
        <ErrorBoundary scope="panel">
          <DatasetsTable data={data} />
        </ErrorBoundary>
      </section>
      <section className="panel" aria-labelledby="issues-heading">
        <h2 id="issues-heading">{t('issues.title')}</h2>
        <ErrorBoundary scope="panel">
          <IssuesTable reports={data.reports} />
        </ErrorBoundary>
      </section>
      <ErrorBoundary scope="panel">
        <UploadPanel data={data} />
      </ErrorBoundary>
      <ErrorBoundary scope="panel">
        <SqlConsole data={data} />
      </ErrorBoundary>
      <ErrorBoundary scope="panel">
        <DownloadsPanel data={data} />
      </ErrorBoundary>
    </div>
  );
}
