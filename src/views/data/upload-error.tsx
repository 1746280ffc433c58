import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { EmptyUploadError, UnreadableFileError } from '../../queries/use-upload.ts';
import { IssuesTable } from './issues-table.tsx';

/**
 * Why a load changed nothing, in words that say what to do: a file with no valid row (with the
 * reason of every rejected row), a file that is not readable text or a workbook (how to save it
 * so it loads), or an engine error (the previous data is still in use).
 */
export function UploadError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof EmptyUploadError) {
    return (
      <StatusMessage
        kind="error"
        title={t('upload.empty', { files: error.reports.map((report) => report.file).join(', ') })}
      >
        <IssuesTable reports={error.reports} />
      </StatusMessage>
    );
  }
  if (error instanceof UnreadableFileError) {
    return (
      <StatusMessage
        kind="error"
        title={t(`upload.unreadable.${error.reason}`, { file: error.file })}
      />
    );
  }
  return (
    <StatusMessage kind="error" title={t('upload.engineFailed')}>
      <ErrorDetails error={error} summary={t('load.detail')} />
    </StatusMessage>
  );
}
