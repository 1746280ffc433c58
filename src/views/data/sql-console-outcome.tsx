import { useEffect } from 'react';
import { useAnnounce } from '../../components/announcer-context.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import {
  CONSOLE_ROW_LIMIT,
  type ConsoleQueryError,
  type ConsoleResult,
  type ConsoleRun,
} from '../../queries/use-console-query.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';
import type { Translate } from '../../i18n/translate.ts';
import { exportColumns } from './sql-result-format.ts';
import { SqlResultTable } from './sql-result-table.tsx';

/** DuckDB's words, once, after the place in the reader's text ("Dòng 1, cột 15: …"). */
export function consoleErrorText(error: ConsoleQueryError, t: Translate): string {
  const message =
    error.reason === 'not_a_query'
      ? t('console.notAQuery', { word: error.statement ?? '' })
      : error.reason === 'empty'
        ? t('console.empty')
        : error.message;
  return error.position === null
    ? message
    : t('console.errorAt', {
        line: String(error.position.line),
        column: String(error.position.column),
        message,
      });
}

/** The status line's words: running, cancelled, or rows and run time (and the cut). */
function statusText(run: ConsoleRun, t: Translate, integer: (value: number) => string): string {
  switch (run.status) {
    case 'running':
      return t('console.running');
    case 'cancelled':
      return t('console.cancelled');
    case 'done': {
      const { result } = run;
      const rows = t('console.rows', { count: result.rows.length });
      const time = t('console.elapsed', { ms: integer(Math.round(result.elapsedMs)) });
      const summary = t('console.summary', { rows, time });
      return result.truncated
        ? `${summary} ${t('console.truncated', { limit: integer(CONSOLE_ROW_LIMIT) })}`
        : summary;
    }
    case 'idle':
    case 'failed':
      return '';
  }
}

/**
 * What the last run gave: its status line (said through the app's one live region), DuckDB's
 * error (an alert), or the answer and its downloads.
 */
export function SqlConsoleOutcome({ run, data }: { run: ConsoleRun; data: LoadedData }) {
  const { t, format } = useI18n();
  const announce = useAnnounce();
  const status = statusText(run, t, format.integer);
  useEffect(() => {
    if (status !== '') announce(status);
  }, [announce, status]);
  return (
    <>
      <p className="console-status" data-testid="console-status">
        {status}
      </p>
      {run.status === 'failed' ? (
        <StatusMessage kind="error" title={t('console.failed')}>
          <p className="console-error" data-testid="console-error">
            {consoleErrorText(run.error, t)}
          </p>
        </StatusMessage>
      ) : null}
      {run.status === 'done' ? <Answer result={run.result} sql={run.sql} data={data} /> : null}
    </>
  );
}

function Answer({ result, sql, data }: { result: ConsoleResult; sql: string; data: LoadedData }) {
  const { t } = useI18n();
  const caption = `${t('console.caption')}: ${t('console.rows', { count: result.rows.length })}`;
  const query = t('console.noteQuery', { sql: sql.trim().replace(/\s+/g, ' ') });
  const note = data.synthetic ? `${query} — ${t('csv.note')}` : query;
  return (
    <>
      <div className="console-downloads">
        <DownloadTableButtons
          rows={result.rows}
          columns={exportColumns(result.columns)}
          note={note}
          fileName={t('console.download')}
          testId="console-download"
          subject={t('console.caption')}
        />
      </div>
      <SqlResultTable result={result} caption={caption} />
    </>
  );
}
