import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { MainNav } from '../components/main-nav.tsx';
import { ReconciliationSummary } from '../components/reconciliation-summary.tsx';
import { SampleNotice } from '../components/sample-notice.tsx';
import { QueryState } from '../components/query-state.tsx';
import { useI18n } from '../i18n/i18n-context.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';
import { useSearchParams } from '../routing/use-search-params.ts';
import { GLOBAL_SEARCH, parseView } from '../state/route.ts';
import { VIEWS } from './view-registry.tsx';

export function App() {
  const { t } = useI18n();
  const data = useLoadedData();
  const [params, setParams] = useSearchParams();
  const requested = parseView(params);
  const view = VIEWS.find((entry) => entry.id === requested) ?? VIEWS[0];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitch
          onChange={(locale) => {
            setParams({ patch: GLOBAL_SEARCH.write({ lang: locale }) }, { replace: true });
          }}
        />
      </header>
      {VIEWS.length > 1 && view ? <MainNav items={VIEWS} current={view.id} /> : null}
      {data.data?.synthetic !== false ? <SampleNotice /> : null}
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
        <p>{t('footer.source')}</p>
        <p>{t('footer.engine')}</p>
      </footer>
    </>
  );
}
