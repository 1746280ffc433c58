import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { ErrorDetails } from './error-details.tsx';
import { StatusMessage } from './status-message.tsx';

/** How much a failure takes down: one chart, one panel, the page shown, or the whole app. */
export type BoundaryScope = 'chart' | 'panel' | 'page' | 'app';

const TITLES = {
  chart: 'boundary.chart',
  panel: 'boundary.panel',
  page: 'boundary.page',
  app: 'boundary.app',
} as const;
const HINTS = {
  chart: 'boundary.hint',
  panel: 'boundary.hint',
  page: 'boundary.pageHint',
  app: 'boundary.appHint',
} as const;

interface ErrorBoundaryProps {
  readonly scope: BoundaryScope;
  /** A new value renders the children again (a chart with a new option may draw). */
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

interface CatchState {
  readonly failed: boolean;
  readonly error: unknown;
}

interface CatchProps extends Omit<ErrorBoundaryProps, 'scope'> {
  readonly fallback: (error: unknown, retry: () => void) => ReactNode;
}

// React offers no hook for this: catching render and effect errors takes a class.
class Catch extends Component<CatchProps, CatchState> {
  override state: CatchState = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown): CatchState {
    return { failed: true, error };
  }

  override componentDidUpdate(previous: CatchProps) {
    if (this.state.failed && !Object.is(previous.resetKey, this.props.resetKey)) this.retry();
  }

  retry = () => {
    this.setState({ failed: false, error: null });
  };

  override render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.retry)
      : this.props.children;
  }
}

function BoundaryMessage({
  scope,
  error,
  retry,
}: {
  scope: BoundaryScope;
  error: unknown;
  retry: () => void;
}) {
  const { t } = useI18n();
  return (
    <StatusMessage kind="error" title={t(TITLES[scope])}>
      <p>{t(HINTS[scope])}</p>
      <ErrorDetails error={error} summary={t('load.detail')} />
      <button type="button" onClick={retry}>
        {t('load.retry')}
      </button>
    </StatusMessage>
  );
}

/**
 * Keeps an error thrown while rendering its children (a chart builder, ECharts' `setOption` in
 * an effect) inside them: a worded message with the details and a retry takes their place, and
 * the rest of the page keeps working. React still reports the error to the console.
 */
export function ErrorBoundary({ scope, resetKey, children }: ErrorBoundaryProps) {
  return (
    <Catch
      resetKey={resetKey}
      fallback={(error, retry) => <BoundaryMessage scope={scope} error={error} retry={retry} />}
    >
      {children}
    </Catch>
  );
}
