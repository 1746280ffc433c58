import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { useDataStatus, useDownloadProgress, type DownloadProgress } from './data-status.ts';
import { ErrorDetails } from './error-details.tsx';
import { StatusMessage } from './status-message.tsx';

/** What the wrapper reads of a query result (`useQuery`, `useQuestion`). */
export interface QueryLike<T> {
  readonly data: T | undefined;
  readonly isError: boolean;
  readonly error: unknown;
  /** `idle` while pending: the query is skipped (no database yet, or params not known yet). */
  readonly fetchStatus: 'fetching' | 'paused' | 'idle';
  refetch(): Promise<unknown>;
}

type Queries = readonly QueryLike<unknown>[];
/** The answers of a tuple of queries, in the same order (React Query never answers undefined). */
export type Answers<Q extends Queries> = {
  readonly [K in keyof Q]: Q[K] extends { readonly data: infer T } ? Exclude<T, undefined> : never;
};

interface StateOptions {
  /** The title of the empty state when the view knows there is nothing to show. */
  readonly empty?: string | null;
  /** Error wording other than "the query failed" (the loaded-data query has its own). */
  readonly errorTitle?: string;
  readonly errorHint?: string;
}

type Settled<Q extends Queries> =
  | { readonly status: 'ready'; readonly data: Answers<Q> }
  | { readonly status: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly status: 'empty'; readonly title: string }
  | { readonly status: 'pending'; readonly running: boolean };

/**
 * In order: any failure, then the view's own empty state, then waiting, then the answers. A
 * question that keeps its previous answer has data while the next one loads, so it stays shown.
 */
function settle<Q extends Queries>(queries: Q, empty: string | null): Settled<Q> {
  const failed = queries.filter((query) => query.isError);
  const first = failed[0];
  if (first !== undefined) {
    const retry = () => {
      for (const query of failed) void query.refetch();
    };
    return { status: 'error', error: first.error, retry };
  }
  if (empty !== null) return { status: 'empty', title: empty };
  const waiting = queries.filter((query) => query.data === undefined);
  if (waiting.length > 0) {
    return { status: 'pending', running: waiting.some((query) => query.fetchStatus !== 'idle') };
  }
  return { status: 'ready', data: queries.map((query) => query.data) as Answers<Q> };
}

function NotReady<Q extends Queries>({
  state,
  errorTitle,
  errorHint,
}: { state: Exclude<Settled<Q>, { status: 'ready' }> } & StateOptions) {
  const { t } = useI18n();
  const { engine } = useDataStatus();
  const progress = useDownloadProgress();
  switch (state.status) {
    case 'error':
      return (
        <StatusMessage kind="error" title={errorTitle ?? t('query.failed')}>
          {errorHint === undefined ? null : <p>{errorHint}</p>}
          <ErrorDetails error={state.error} summary={t('load.detail')} />
          <button type="button" onClick={state.retry}>
            {t('load.retry')}
          </button>
        </StatusMessage>
      );
    case 'empty':
      return <StatusMessage kind="empty" title={state.title} />;
    case 'pending': {
      // Say what is being waited for: the engine itself, a query, or what the query needs first.
      const title =
        engine === 'starting'
          ? t('load.starting')
          : state.running
            ? t('load.querying')
            : t('load.waiting');
      return (
        <StatusMessage kind="loading" title={title}>
          {engine === 'starting' && progress !== null ? <EngineDownload {...progress} /> : null}
        </StatusMessage>
      );
    }
  }
}

/** The engine download in bytes, as a bar and in words ("12,3 / 34,1 MB"). */
function EngineDownload({ loaded, total }: DownloadProgress) {
  const { t, format } = useI18n();
  const mb = (bytes: number) => format.decimal(bytes / 1e6, 1);
  return (
    <p className="engine-download" data-testid="engine-download">
      <progress
        max={total > 0 ? total : undefined}
        value={total > 0 ? loaded : undefined}
        aria-hidden="true"
      />{' '}
      {total > 0
        ? t('load.download', { loaded: mb(loaded), total: mb(total) })
        : t('load.downloadUnknown', { loaded: mb(loaded) })}
    </p>
  );
}

interface QueryStateProps<Q extends Queries> extends StateOptions {
  readonly queries: Q;
  readonly children: (answers: Answers<Q>) => ReactNode;
}

/**
 * The one loading / error / empty wrapper: renders its children with the answers once every
 * query has one, and otherwise says what is happening.
 */
export function QueryState<const Q extends Queries>({
  queries,
  children,
  ...options
}: QueryStateProps<Q>) {
  const state = settle(queries, options.empty ?? null);
  return state.status === 'ready' ? children(state.data) : <NotReady state={state} {...options} />;
}

interface QueryFallbackProps<Q extends Queries> extends StateOptions {
  readonly queries: Q;
}

/**
 * The same states for a view that returns early while its data is not ready:
 * `if (x.data === undefined) return <QueryFallback queries={[x]} />`. When every query has
 * answered but the view still waits (on something it derives), it says a query is running.
 */
export function QueryFallback<Q extends Queries>({ queries, ...options }: QueryFallbackProps<Q>) {
  const state = settle(queries, options.empty ?? null);
  return (
    <NotReady
      state={state.status === 'ready' ? { status: 'pending', running: true } : state}
      {...options}
    />
  );
}
