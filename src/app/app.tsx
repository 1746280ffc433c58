import { ErrorDetails } from '../components/error-details.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { MainNav } from '../components/main-nav.tsx';
import { ReconciliationSummary } from '../components/reconciliation-summary.tsx';
import { SampleNotice } from '../components/sample-notice.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { useI18n } from '../i18n/i18n-context.ts';
import { DEFAULT_LOCALE } from '../i18n/locale.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';
import { useSearchParams } from '../routing/use-search-params.ts';
import { parseView } from '../state/route.ts';
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
            setParams({ lang: locale === DEFAULT_LOCALE ? null : locale }, { replace: true });
          }}
        />
      </header>
      {VIEWS.length > 1 && view ? <MainNav items={VIEWS} current={view.id} /> : null}
      {data.data?.synthetic !== false ? <SampleNotice /> : null}
      <main id="main" tabIndex={-1}>
        {data.isPending ? <StatusMessage kind="loading" title={t('load.starting')} /> : null}
        {data.isError ? (
          <StatusMessage kind="error" title={t('load.failed')}>
            <p>{t('load.failedHint')}</p>
            <ErrorDetails error={data.error} summary={t('load.detail')} />
            <button
              type="button"
              onClick={() => {
                void data.refetch();
              }}
            >
              {t('load.retry')}
            </button>
          </StatusMessage>
        ) : null}
        {data.isSuccess && view ? view.render({ synthetic: data.data.synthetic }) : null}
      </main>
      <footer className="app-footer">
        {data.isSuccess ? <ReconciliationSummary reports={data.data.reports} /> : null}
        <p>{t('footer.source')}</p>
        <p>{t('footer.engine')}</p>
      </footer>
    </>
  );
}
