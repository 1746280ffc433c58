import { useId, useState } from 'react';
import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { isVietnamese } from '../../i18n/vietnamese-names.ts';
import { CONSOLE_ROW_LIMIT, useConsoleQuery } from '../../queries/use-console-query.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { SkippableTable } from '../../components/skippable-table.tsx';

const EXAMPLES = [
  "SELECT u.name, s.total\nFROM index_scores s JOIN units u USING (code)\nWHERE s.period = '2026-10'\nORDER BY s.total DESC\nLIMIT 10",
  'SELECT month, CAST(sum(resolved_late) AS DOUBLE) AS late\nFROM dossiers\nGROUP BY month\nORDER BY month',
  'DESCRIBE petitions',
];

function show(value: unknown, formatNumber: (value: number) => string): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A read-only SQL console over the loaded tables, for whoever wants to check a figure. */
export function SqlConsole({ data }: { data: LoadedData }) {
  const { t, format } = useI18n();
  const id = useId();
  const [sql, setSql] = useState(EXAMPLES[0] ?? '');
  const run = useConsoleQuery(data);
  const submit = () => {
    run.mutate(sql);
  };
  const number = (value: number) =>
    Number.isInteger(value) ? String(value) : format.decimal(value, 2);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.title')}</h2>
      <p className="note">{t('console.help', { limit: CONSOLE_ROW_LIMIT })}</p>
      <div className="console-examples">
        {EXAMPLES.map((example, index) => (
          <button
            key={example}
            type="button"
            onClick={() => {
              setSql(example);
            }}
          >
            {t('console.example')} {index + 1}
          </button>
        ))}
      </div>
      <label htmlFor={id}>{t('console.label')}</label>
      <textarea
        id={id}
        className="console-input"
        rows={6}
        spellCheck={false}
        value={sql}
        onChange={(event) => {
          setSql(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <button type="button" onClick={submit} disabled={run.isPending}>
        {run.isPending ? t('console.running') : t('console.run')}
      </button>
      {run.isError ? (
        <StatusMessage kind="error" title={t('console.failed')}>
          <ErrorDetails error={run.error} summary={t('load.detail')} />
        </StatusMessage>
      ) : null}
      {run.data ? (
        <SkippableTable name={t('console.caption')}>
          <TableScroll className="console-result">
            <table className="data-table" data-testid="console-result">
              <TableCaption>
                {t('console.caption')}: {t('console.rows', { count: run.data.rows.length })}
                {run.data.truncated
                  ? ` ${t('console.truncated', { limit: CONSOLE_ROW_LIMIT })}`
                  : ''}
              </TableCaption>
              <thead>
                <tr>
                  {run.data.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {run.data.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((value, columnIndex) => (
                      <td
                        key={columnIndex}
                        className={typeof value === 'number' ? 'numeric' : undefined}
                        // The data's own text (names, districts) stays Vietnamese on any page.
                        lang={typeof value === 'string' && isVietnamese(value) ? 'vi' : undefined}
                      >
                        {show(value, number)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </SkippableTable>
      ) : null}
    </section>
  );
}
