import { useMemo, useState } from 'react';
import { ExportScopeContext, type ExportScope } from '../../components/export-context.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useQuestion } from '../../queries/use-question.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useLoadedData } from '../../queries/use-loaded-data.ts';
import type { Persistence } from '../../queries/use-upload.ts';
import { DatasetsTable } from './datasets-table.tsx';
import { DictionaryPanel } from './dictionary-panel.tsx';
import { DownloadsPanel } from './downloads-panel.tsx';
import { IssuesTable } from './issues-table.tsx';
import { SqlConsole, UploadPanel } from './lazy-panels.tsx';
import { YourDataPanel } from './your-data-panel.tsx';
import './data-view.css';

/**
 * The user's own data, sources and reconciliation, upload, the data-quality report, the data
 * dictionary, SQL console and downloads.
 */
export function DataView() {
  const { t } = useI18n();
  const loaded = useLoadedData();
  // How the last load of this visit was kept (saved for the next visit, or not).
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  // What every download on the page says of the units loaded (no filter applies here).
  const scope = useQuestion(QUESTIONS.unitSummary).data ?? null;
  const exportScope = useMemo<ExportScope>(
    () => ({ filters: [], scope, dataDate: null, datasets: [] }),
    [scope],
  );
  if (loaded.data === undefined) return <QueryFallback queries={[loaded]} />;
  const data = loaded.data;
  return (
    <ExportScopeContext.Provider value={exportScope}>
      <div className="data-view">
        <ErrorBoundary scope="panel">
          <YourDataPanel data={data} persistence={persistence} />
        </ErrorBoundary>
        <section className="panel" aria-labelledby="data-heading">
          <h2 id="data-heading">{t('data.current')}</h2>
          <ErrorBoundary scope="panel">
            <DatasetsTable data={data} />
          </ErrorBoundary>
        </section>
        <ErrorBoundary scope="panel">
          <UploadPanel data={data} onLoaded={setPersistence} />
        </ErrorBoundary>
        <section className="panel" aria-labelledby="issues-heading">
          <h2 id="issues-heading">{t('issues.title')}</h2>
          <ErrorBoundary scope="panel">
            <IssuesTable reports={data.reports} />
          </ErrorBoundary>
        </section>
        <DictionaryPanel />
        <ErrorBoundary scope="panel">
          <SqlConsole data={data} />
        </ErrorBoundary>
        <ErrorBoundary scope="panel">
          <DownloadsPanel data={data} />
        </ErrorBoundary>
      </div>
    </ExportScopeContext.Provider>
  );
}
