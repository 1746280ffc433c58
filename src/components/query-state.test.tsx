// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from '../app/providers.tsx';
import { defineQuestion, type Question } from '../db/question.ts';
import type { Locale } from '../i18n/locale.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import type { DataSource } from '../queries/data-source.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';
import { useQuestion } from '../queries/use-question.ts';
import { QueryState } from './query-state.tsx';
import { useChartContext } from './use-chart-context.ts';

afterEach(cleanup);

/** A promise settled from outside: a query that answers when the test says so. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((yes) => {
    resolve = yes;
  });
  return { promise, resolve };
}

const fakeData = (synthetic = true): LoadedData => ({
  // The fake questions below never reach the database.
  db: { query: () => Promise.reject(new Error('no database in this test')) },
  version: 'fake-1',
  synthetic,
  reports: [],
  origins: {
    units: 'published',
    index_scores: 'published',
    index_metrics: 'published',
    dossiers: 'published',
    petitions: 'published',
  },
  published: { version: 'fake-1', synthetic, datasets: [] },
  uploads: [],
  restore: null,
});

const sourceOf = (load: () => Promise<LoadedData>): DataSource => ({
  load,
  reloadPublished: load,
  store: null,
});

const loaded = (data: LoadedData = fakeData()): DataSource => sourceOf(() => Promise.resolve(data));

function renderWith(source: DataSource, node: ReactNode, locale: Locale = 'vi') {
  const view = render(
    <Providers source={source} locale={locale}>
      {node}
    </Providers>,
  );
  return {
    ...view,
    rerender: (next: ReactNode) => {
      view.rerender(
        <Providers source={source} locale={locale}>
          {next}
        </Providers>,
      );
    },
  };
}

/** A question about a month whose answers the test queues; unqueued, it never answers. */
function answering(keepPrevious = false) {
  const replies = new Map<string, (() => Promise<string>)[]>();
  const reply = (month: string, value: string | Error | Promise<string>) => {
    const next = () => (value instanceof Error ? Promise.reject(value) : Promise.resolve(value));
    replies.set(month, [...(replies.get(month) ?? []), next]);
  };
  const question = defineQuestion(
    'fake-month',
    () =>
      Promise.resolve(
        (_db: unknown, month: string) =>
          replies.get(month)?.shift()?.() ?? new Promise<never>(() => undefined),
      ),
    { keepPrevious },
  );
  return { question, reply };
}

function Panel({
  question,
  month,
  empty,
}: {
  question: Question<string, string>;
  month: string | null;
  empty?: string;
}) {
  const answer = useQuestion(question, month);
  return (
    <QueryState queries={[answer]} empty={empty ?? null}>
      {([value]) => <p data-testid="answer">{value}</p>}
    </QueryState>
  );
}

const status = () => screen.getByRole('status').textContent;

describe('QueryState', () => {
  it('says the engine is starting while the loaded data is pending', () => {
    const { question } = answering();
    renderWith(
      sourceOf(() => new Promise<never>(() => undefined)),
      <Panel question={question} month="2026-10" />,
    );
    expect(status()).toBe('Đang khởi động cơ sở dữ liệu DuckDB trong trình duyệt…');
  });

  it('says it waits for data when the engine is up but the params are not known yet', async () => {
    const { question } = answering();
    renderWith(loaded(), <Panel question={question} month={null} />);
    await screen.findByText('Đang tải dữ liệu…');
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
  });

  it('says a query is running once the engine is up, in either language', async () => {
    const { question } = answering();
    renderWith(loaded(), <Panel question={question} month="2026-10" />);
    await screen.findByText('Đang truy vấn…');
    cleanup();
    renderWith(loaded(), <Panel question={question} month="2026-10" />, 'en');
    await screen.findByText('Running the query…');
  });

  it('renders its children with the answer', async () => {
    const { question, reply } = answering();
    reply('2026-10', 'ten');
    renderWith(loaded(), <Panel question={question} month="2026-10" />);
    expect((await screen.findByTestId('answer')).textContent).toBe('ten');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the view’s empty state instead of waiting', async () => {
    const { question } = answering();
    renderWith(loaded(), <Panel question={question} month={null} empty="Không có tháng nào" />);
    await screen.findByText('Không có tháng nào');
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('false');
  });

  it('reports a failed query with its details, and retries it', async () => {
    const { question, reply } = answering();
    reply('2026-10', new Error('Binder Error: column "x" not found'));
    reply('2026-10', 'ten');
    renderWith(loaded(), <Panel question={question} month="2026-10" />);
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.status-title')?.textContent).toBe('Truy vấn thất bại.');
    expect(alert.querySelector('details pre')?.textContent).toBe(
      'Binder Error: column "x" not found',
    );
    // The retry asks again; this time the query answers.
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect((await screen.findByTestId('answer')).textContent).toBe('ten');
  });

  it('keeps the previous answer on screen while the next one loads, where the question keeps it', async () => {
    const { question, reply } = answering(true);
    const october = deferred<string>();
    reply('2026-09', 'nine');
    reply('2026-10', october.promise);
    const { rerender } = renderWith(loaded(), <Panel question={question} month="2026-09" />);
    expect((await screen.findByTestId('answer')).textContent).toBe('nine');
    rerender(<Panel question={question} month="2026-10" />);
    expect(screen.getByTestId('answer').textContent).toBe('nine');
    october.resolve('ten');
    await expect.poll(() => screen.getByTestId('answer').textContent).toBe('ten');
  });

  it('shows the loading state again for a question that must not keep the previous answer', async () => {
    const { question, reply } = answering(false);
    reply('20364', 'Chiên Đàn');
    const { rerender } = renderWith(loaded(), <Panel question={question} month="20364" />);
    await screen.findByTestId('answer');
    rerender(<Panel question={question} month="20333" />);
    expect(screen.queryByTestId('answer')).toBeNull();
    expect(status()).toBe('Đang truy vấn…');
  });

  it('words the loaded-data failure as the app does', async () => {
    function App() {
      const data = useLoadedData();
      return (
        <QueryState queries={[data]} errorTitle="Không tải được dữ liệu." errorHint="Hãy tải lại.">
          {([value]) => <p>{value.version}</p>}
        </QueryState>
      );
    }
    renderWith(
      sourceOf(() => Promise.reject(new Error('HTTP 404'))),
      <App />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được dữ liệu.');
    expect(alert.textContent).toContain('Hãy tải lại.');
    expect(alert.textContent).toContain('HTTP 404');
  });
});

describe('useChartContext', () => {
  function Provenance() {
    const ctx = useChartContext('index_scores');
    return (
      <p data-testid="ctx">{`${ctx.locale} ${String(ctx.synthetic)} ${ctx.format.decimal(1.5)}`}</p>
    );
  }

  it('takes the synthetic flag from the loaded data, the language from the locale', async () => {
    renderWith(loaded(fakeData(false)), <Provenance />, 'en');
    await expect.poll(() => screen.getByTestId('ctx').textContent).toBe('en false 1.50');
  });

  it('treats figures as the sample until the data says otherwise', () => {
    renderWith(
      sourceOf(() => new Promise<never>(() => undefined)),
      <Provenance />,
    );
    expect(screen.getByTestId('ctx').textContent).toBe('vi true 1,50');
  });
});
