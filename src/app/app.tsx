import { Suspense, useEffect, useRef, useState } from 'react';
import { appSubtitle, appTitle, sourcesLine, syntheticDatasets } from '../charts/page-labels.ts';
import { useAnnounce } from '../components/announcer-context.ts';
import { useDataStatus, useDatasetProvenance } from '../components/data-status.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { MainNav } from '../components/main-nav.tsx';
import { PrintStamp } from '../components/print-stamp.tsx';
import { ReconciliationSummary } from '../components/reconciliation-summary.tsx';
import { SampleNotice } from '../components/sample-notice.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { UrlNotice } from '../components/url-notice.tsx';
import { useNarrowScreen } from '../components/use-narrow-screen.ts';
import { QueryState } from '../components/query-state.tsx';
import { DocumentTitleContext } from '../components/use-document-title.ts';
import { WithVietnameseNames } from '../components/vietnamese-name.tsx';
import type { DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { QUESTIONS } from '../queries/questions.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';
import { useQuestion } from '../queries/use-question.ts';
import { useSearchParams } from '../routing/use-search-params.ts';
import { EMBED_SEARCH } from '../state/embed-search.ts';
import { GLOBAL_SEARCH, type ViewId } from '../state/route.ts';
import { EmbedLayout } from './embed-layout.tsx';
import { EngineNotice } from './engine-notice.tsx';
import { NewDataNotice } from './new-data-notice.tsx';
import { DocumentTitle, TitledShareBar } from './page-title.tsx';
import { createTitleDetail } from './title-detail.ts';
import { useDataMonth } from './use-data-month.ts';
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
  const { provenance, early } = useDataStatus();
  // Null until the units are loaded (and again while new ones load): the title then names no place.
  const scope = useQuestion(QUESTIONS.unitSummary).data ?? null;
  const [params, setParams] = useSearchParams();
  const global = GLOBAL_SEARCH.parse(params);
  const embed = EMBED_SEARCH.parse(params);
  const requested = global.state.view;
  const view = VIEWS.find((entry) => entry.id === requested) ?? VIEWS[0];
  const shownDatasets = view === undefined ? [] : SHOWN_DATASETS[view.id];
  const title = appTitle(scope, i18n);
  // What the page shown says of its state ("Tháng 10/2026", a unit's name): `useDocumentTitle`.
  const [detail] = useState(createTitleDetail);
  const page = view === undefined ? null : t(view.label);
  const titleParts = { page, app: title, detail };
  useAnnounceFirstLoad(data.isSuccess, scope?.unitCount ?? null);
  const sources =
    provenance !== null && scope !== null ? sourcesLine(provenance, scope, i18n) : null;
  const synthetic = syntheticDatasets(useDatasetProvenance(), shownDatasets).length > 0;
  const dataMonth = useDataMonth(shownDatasets);
  const narrow = useNarrowScreen();
  // What the address asked for that the shell could not show: an unknown page, a bad language.
  const addressNotices = global.invalid.flatMap(({ name, raw }) =>
    name === 'view' && page !== null ? [t('url.viewUnknown', { requested: raw, shown: page })] : [],
  );
  const ignored = [...global.invalid.filter(({ name }) => name !== 'view'), ...embed.invalid];
  const citation = {
    site: title,
    sources,
    synthetic,
    dataDate: dataMonth === null ? null : i18n.format.month(dataMonth),
    dataYear: dataMonth?.slice(0, 4) ?? null,
  };
  // Above the page; on a phone below it, so the page's first chart stays on the first screen.
  const shareBar = <TitledShareBar {...titleParts} citation={citation} />;
  // The build's answers stand in for the engine's until it is ready; a page of text needs none.
  const shownNow = early || view?.needsData === false;
  const content = () =>
    view ? (
      <ErrorBoundary key={view.id} scope="page">
        <Suspense fallback={<StatusMessage kind="loading" title={t('load.page')} />}>
          {view.render()}
        </Suspense>
      </ErrorBoundary>
    ) : null;
  // The page at once when the build's answers stand in (or it needs no data); else the engine's
  // wait. One tree either way: the page is not mounted again (focus, open panels and scroll
  // kept) when the engine takes over from the build's answers.
  const body = (
    <QueryState
      queries={shownNow ? [] : [data]}
      errorTitle={t('load.failed')}
      errorHint={t('load.failedHint')}
    >
      {content}
    </QueryState>
  );
  if (embed.state.embed) {
    return (
      <DocumentTitleContext.Provider value={detail.set}>
        <DocumentTitle {...titleParts} />
        <EmbedLayout
          requested={embed.state.figure}
          loaded={data.isSuccess || early}
          failed={data.isError}
          sources={sources}
          synthetic={synthetic}
          notices={addressNotices}
          page={page ?? title}
        >
          {body}
        </EmbedLayout>
      </DocumentTitleContext.Provider>
    );
  }
  return (
    <DocumentTitleContext.Provider value={detail.set}>
      <DocumentTitle {...titleParts} />
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
      {view ? <SampleNotice shown={shownDatasets} scope={scope} /> : null}
      {narrow ? null : shareBar}
      <main id="main" tabIndex={-1}>
        <UrlNotice messages={addressNotices} invalid={ignored} />
        <EngineNotice
          early={early}
          failed={data.isError}
          onRetry={() => {
            void data.refetch();
          }}
        />
        <NewDataNotice ownFiles={(data.data?.uploads.length ?? 0) > 0} />
        {body}
      </main>
      {narrow ? shareBar : null}
      <footer className="app-footer">
        {data.isSuccess ? <ReconciliationSummary reports={data.data.reports} /> : null}
        {sources !== null ? <p data-testid="sources-line">{sources}</p> : null}
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
