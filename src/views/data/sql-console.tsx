import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.ts';
import {
  CONSOLE_ROW_LIMIT,
  useConsoleColumns,
  useConsoleRun,
  type ConsoleTableColumns,
} from '../../queries/use-console-query.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';
import { usePageSearch } from '../../routing/use-search-params.ts';
import { DATA_SEARCH } from '../../state/page-search.ts';
import { SqlConsoleOutcome } from './sql-console-outcome.tsx';
import type { EditorJump } from './sql-editor-props.ts';
import { SQL_EXAMPLES } from './sql-examples.ts';
import './sql-console.css';

// CodeMirror is its own chunk, fetched when the console is first shown (not on first paint).
const SqlEditor = lazy(() =>
  import('./sql-editor.tsx').then((module) => ({ default: module.SqlEditor })),
);

const URL_DEBOUNCE_MS = 400;
const NO_TABLES: readonly ConsoleTableColumns[] = [];
const DEFAULT_SQL = SQL_EXAMPLES[0]?.sql ?? '';
// The text last typed, for a reader who leaves the Data page (which drops `sql=`) and comes back.
let rememberedSql: string | null = null;

/**
 * The read-only SQL console: a CodeMirror editor (lazy), example questions, Run and Cancel, the
 * run time and row count, DuckDB's error at its place, the answer and its downloads. The text
 * lives in the URL (`sql=`, replaced while typing); a link fills the editor and runs nothing.
 */
export function SqlConsole({ data }: { data: LoadedData }) {
  const { t, format } = useI18n();
  const id = useId();
  const [search, setSearch] = usePageSearch(DATA_SEARCH);
  const urlSql = search.state.sql;
  const [text, setText] = useState(() => urlSql ?? rememberedSql ?? DEFAULT_SQL);
  const written = useRef(urlSql);
  const columns = useConsoleColumns(data);
  const { run, start, cancel } = useConsoleRun(data);

  // Coming back to the page without `sql=`: the remembered text goes back into the URL.
  useEffect(() => {
    if (urlSql === null && rememberedSql !== null && rememberedSql !== '') {
      written.current = rememberedSql;
      setSearch({ sql: rememberedSql }, { replace: true });
    }
    // Only on arrival: later changes are the reader's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, when the page opens
  }, []);

  // A URL changed from outside (Back, a link followed in the page) refills the editor.
  useEffect(() => {
    if (urlSql !== null && urlSql !== written.current) {
      written.current = urlSql;
      setText(urlSql);
    }
  }, [urlSql]);

  useEffect(() => {
    // The first example, shown on a first visit, is not the reader's query: the URL stays bare.
    const untouched = text === DEFAULT_SQL && written.current === null;
    if (!untouched || rememberedSql !== null) rememberedSql = text;
    if (untouched) return;
    const timer = window.setTimeout(() => {
      const next = text.trim() === '' ? null : text;
      if (next === written.current || (next === null && written.current === null)) return;
      written.current = next;
      setSearch({ sql: next }, { replace: true });
    }, URL_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [text, setSearch]);

  const running = run.status === 'running';
  const submit = useCallback(
    (sql: string) => {
      setText(sql);
      start(sql);
    },
    [start],
  );

  // The error's place in the editor, once per failed run (each run is a new object).
  const jump = useMemo<EditorJump | null>(
    () =>
      run.status === 'failed' && run.error.position !== null ? { ...run.error.position } : null,
    [run],
  );

  const tables = useMemo(() => columns.data ?? NO_TABLES, [columns.data]);
  return (
    <section className="panel sql-console" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.title')}</h2>
      <p className="note" id={`${id}-help`}>
        {t('console.help', { limit: format.integer(CONSOLE_ROW_LIMIT) })}
      </p>
      <h3 className="console-examples-title" id={`${id}-examples`}>
        {t('console.examples')}
      </h3>
      <ul className="console-examples" aria-labelledby={`${id}-examples`}>
        {SQL_EXAMPLES.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              data-example={example.id}
              onClick={() => {
                setText(example.sql);
              }}
            >
              {t(example.title)}
            </button>
          </li>
        ))}
      </ul>
      <div className="console-label" id={`${id}-label`}>
        {t('console.label')}
      </div>
      <Suspense fallback={<p className="console-editor-loading">{t('console.loadingEditor')}</p>}>
        <SqlEditor
          value={text}
          onChange={setText}
          onRun={submit}
          tables={tables}
          labelledBy={`${id}-label`}
          describedBy={`${id}-help`}
          placeholderText={t('console.placeholder')}
          jump={jump}
        />
      </Suspense>
      <div className="console-actions">
        <button
          type="button"
          onClick={() => {
            start(text);
          }}
          disabled={running}
        >
          {running ? t('console.running') : t('console.run')}
        </button>
        {running ? (
          <button type="button" onClick={cancel} data-testid="console-cancel">
            {t('console.cancel')}
          </button>
        ) : null}
      </div>
      <SqlConsoleOutcome run={run} data={data} />
    </section>
  );
}
