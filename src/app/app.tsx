import { useEffect, useRef, useState } from 'react';
import { appSubtitle, appTitle, sourcesLine } from '../charts/page-labels.ts';
import { useAnnounce } from '../components/announcer-context.ts';
import { useDataStatus } from '../components/data-status.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { MainNav } from '../components/main-nav.tsx';
import { PrintStamp } from '../components/print-stamp.tsx';
import { ReconciliationSummary } from '../components/reconciliation-summary.tsx';
import { SampleNotice } from '../components/sample-notice.tsx';
import { QueryState } from '../components/query-state.tsx';
import { DocumentTitleContext } from '../components/use-document-title.ts';
import { WithVietnameseNames } from '../components/vietnamese-name.tsx';
import type { DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { QUESTIONS } from '../queries/questions.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';
import { useQuestion } from '../queries/use-question.ts';
import { useSearchParams } from '../routing/use-search-params.ts';
import { GLOBAL_SEARCH, parseView, type ViewId } from '../state/route.ts';
import { VIEWS } from './view-registry.tsx';

/**
 * The datasets whose figures each page shows: the sample notice stands over a page only while
 * one of them is synthetic. The methodology's worked example is a published (real) figure; the
 * Data page lists, downloads and queries every dataset.
 */
const SHOWN_DATASETS: Readonly<Record<ViewId, readonly DatasetId[]>> = {
  ranking: ['index_scores'],
  commune: ['index_scores', 'dossiers', 'petitions'],
  dossiers: ['dossiers'],
  petitions: ['petitions'],
  data: ['index_scores', 'dossiers', 'petitions'],
  methodology: [],
};

export function App() {
  const i18n = useI18n();
  const { t } = i18n;
  const data = useLoadedData();
  const { provenance } = useDataStatus();
  // Null until the units are loaded (and again while new ones load): the title then names no place.
  const scope = useQuestion(QUESTIONS.unitSummary).data ?? null;
  const [params, setParams] = useSearchParams();
  const requested = parseView(params);
  const view = VIEWS.find((entry) => entry.id === requested) ?? VIEWS[0];
  const title = appTitle(scope, i18n);
  // What the page shown says of its state ("Tháng 10/2026", a unit's name): `useDocumentTitle`.
  const [detail, setDetail] = useState<string | null>(null);
  const page = view === undefined ? null : t(view.label);
  const documentTitle =
    page === null
      ? title
      : detail === null
        ? t('a11y.documentTitle', { page, app: title })
        : t('a11y.documentTitleDetail', { page, detail, app: title });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  useAnnounceFirstLoad(data.isSuccess, scope?.unitCount ?? null);
  return (
    <DocumentTitleContext.Provider value={setDetail}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <PrintStamp />
      <header className="app-header">
        <div>
          <h1 data-testid="app-title">
            <WithVietnameseNames text={title} names={scope?.provinces ?? []} />
          </h1>
          <p className="subtitle" data-testid="app-subtitle">
            {appSubtitle(scope, i18n)}
          </p>
        </div>
        <LanguageSwitch
          onChange={(locale) => {
            setParams({ patch: GLOBAL_SEARCH.write({ lang: locale }) }, { replace: true });
          }}
        />
      </header>
      {VIEWS.length > 1 && view ? <MainNav items={VIEWS} current={view.id} /> : null}
      {view ? <SampleNotice shown={SHOWN_DATASETS[view.id]} scope={scope} /> : null}
      <main id="main" tabIndex={-1}>
        <QueryState queries={[data]} errorTitle={t('load.failed')} errorHint={t('load.failedHint')}>
          {() =>
            view ? (
              <ErrorBoundary key={view.id} scope="page">
                {view.render()}
              </ErrorBoundary>
            ) : null
          }
        </QueryState>
      </main>
      <footer className="app-footer">
        {data.isSuccess ? <ReconciliationSummary reports={data.data.reports} /> : null}
        {provenance !== null && scope !== null ? (
          <p data-testid="sources-line">{sourcesLine(provenance, scope, i18n)}</p>
        ) : null}
        <p>{t('footer.engine')}</p>
      </footer>
    </DocumentTitleContext.Provider>
  );
}

/**
 * Says once that the data is ready (the page replaces its loading message silently). A failure
 * is the load error's own alert; a later upload says its outcome on the data page.
 */
function useAnnounceFirstLoad(loaded: boolean, unitCount: number | null): void {
  const { t } = useI18n();
  const announce = useAnnounce();
  const said = useRef(false);
  useEffect(() => {
    if (said.current || !loaded || unitCount === null) return;
    said.current = true;
    announce(t('announce.loaded', { count: unitCount }));
  }, [announce, loaded, t, unitCount]);
}
