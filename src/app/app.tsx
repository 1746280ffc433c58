import { ErrorDetails } from '../components/error-details.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { ReconciliationReport } from '../components/reconciliation-report.tsx';
import { SampleNotice } from '../components/sample-notice.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { useI18n } from '../i18n/i18n-context.ts';
import type { Locale } from '../i18n/locale.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';
import type { UrlState } from '../state/url-state.ts';
import { RankingView } from '../views/ranking/ranking-view.tsx';

interface AppProps {
  readonly state: UrlState;
  readonly onStateChange: (patch: Partial<UrlState>) => void;
}

export function App({ state, onStateChange }: AppProps) {
  const { t } = useI18n();
  const data = useLoadedData();
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
          onChange={(locale: Locale) => {
            onStateChange({ locale });
          }}
        />
      </header>
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
        {data.isSuccess ? (
          <RankingView
            month={state.month}
            synthetic={data.data.synthetic}
            onMonthChange={(month) => {
              onStateChange({ month });
            }}
          />
        ) : null}
      </main>
      <footer className="app-footer">
        {data.isSuccess ? <ReconciliationReport reports={data.data.reports} /> : null}
        <p>{t('footer.source')}</p>
        <p>{t('footer.engine')}</p>
      </footer>
    </>
  );
}
