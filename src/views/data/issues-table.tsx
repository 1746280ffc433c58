import { countIssues, omittedIssueCounts } from '../../data/validation-issue.ts';
import type { DatasetLoadReport } from '../../queries/use-loaded-data.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { issueTexts } from './issue-text.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { SkippableTable } from '../../components/skippable-table.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import type { ValidationIssue } from '../../data/validation-issue.ts';

const SHOWN = 300;

/** Every rejected or flagged row: file, line, column, reason, the value found and expected. */
export function IssuesTable({ reports }: { reports: readonly DatasetLoadReport[] }) {
  const { t, format } = useI18n();
  const issues = reports.flatMap((report) => report.issues);
  // Beyond the first issues of each code, a huge file's issues are counted, not kept.
  const omitted = reports.flatMap((report) =>
    omittedIssueCounts(report.omittedIssues).map(({ code, count }) => ({
      file: report.file,
      code,
      count,
      kept: report.issues.filter((issue) => issue.code === code).length,
    })),
  );
  const total = reports.reduce(
    (sum, report) => sum + countIssues(report.issues, report.omittedIssues),
    0,
  );
  if (total === 0) return <p>{t('issues.none')}</p>;
  const shown = issues.slice(0, SHOWN);
  const caption = t('issues.caption', {
    shown: format.integer(shown.length),
    count: total,
  });
  const columns: CsvColumn<ValidationIssue>[] = [
    { header: 'severity', value: (issue) => issue.severity },
    { header: 'dataset', value: (issue) => issue.dataset },
    { header: 'file', value: (issue) => issue.file },
    { header: 'line', value: (issue) => issue.line },
    { header: 'column', value: (issue) => issue.column },
    { header: 'code', value: (issue) => issue.code },
    { header: 'reason', value: (issue) => issueTexts(issue, { t, format }).reason },
    { header: 'found', value: (issue) => issueTexts(issue, { t, format }).found },
    { header: 'expected', value: (issue) => issueTexts(issue, { t, format }).expected },
  ];
  return (
    <>
      <div className="table-actions">
        <DownloadTableButtons
          rows={shown}
          wholeRows={issues}
          shownLimit={t('export.limit.first', {
            shown: format.integer(shown.length),
            count: issues.length,
          })}
          columns={columns}
          fileName="bao-cao-chat-luong"
          testId="issues"
          subject={caption}
        />
      </div>
      <SkippableTable name={caption}>
        <TableScroll className="issues-scroll">
          <table className="data-table" data-testid="issues-table">
            <TableCaption>{caption}</TableCaption>
            <thead>
              <tr>
                <th scope="col">{t('issues.column.severity')}</th>
                <th scope="col">{t('data.column.file')}</th>
                <th scope="col" className="numeric">
                  {t('issues.column.line')}
                </th>
                <th scope="col">{t('issues.column.column')}</th>
                <th scope="col">{t('issues.column.reason')}</th>
                <th scope="col">{t('issues.column.found')}</th>
                <th scope="col">{t('issues.column.expected')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, index) => {
                const text = issueTexts(issue, { t, format });
                return (
                  <tr key={`${issue.file}-${issue.line}-${issue.column}-${issue.code}-${index}`}>
                    <td className={`severity-${issue.severity}`}>
                      {t(issue.severity === 'error' ? 'issues.error' : 'issues.warning')}
                    </td>
                    <td>{issue.file}</td>
                    <td className="numeric">{format.integer(issue.line)}</td>
                    <td>{issue.column || '—'}</td>
                    <td>{text.reason}</td>
                    <td className={typeof issue.found === 'string' ? 'issue-value' : undefined}>
                      {text.found}
                    </td>
                    <td>{text.expected}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {omitted.length > 0 ? (
            <ul className="note" data-testid="issues-omitted">
              {omitted.map((entry) => (
                <li key={`${entry.file}-${entry.code}`}>
                  {t('issues.omitted', {
                    count: entry.count,
                    reason: t(`issue.${entry.code}`),
                    file: entry.file,
                    kept: format.integer(entry.kept),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </TableScroll>
      </SkippableTable>
    </>
  );
}
