import { useId, useState, type DragEvent } from 'react';
import { detectDataset, readHeaderLine } from '../../data/detect-dataset.ts';
import { DATASET_ORDER, type DatasetId } from '../../data/schema.ts';
import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';
import { isUploadCancelled, useUpload } from '../../queries/use-upload.ts';
import { UploadProgressView } from './upload-progress.tsx';

interface PendingFile {
  readonly file: File;
  readonly dataset: DatasetId | null;
}

const HEADER_BYTES = 8192;

async function recognise(file: File): Promise<PendingFile> {
  const head = await file.slice(0, HEADER_BYTES).text();
  return { file, dataset: detectDataset(readHeaderLine(head)) };
}

/** Choose or drop CSV files, confirm which dataset each one is, then validate and load them. */
export function UploadPanel({ data }: { data: LoadedData }) {
  const { t, format } = useI18n();
  const inputId = useId();
  const [pending, setPending] = useState<readonly PendingFile[]>([]);
  const upload = useUpload(data);

  const add = async (files: readonly File[]) => {
    const recognised = await Promise.all(files.map(recognise));
    setPending(recognised);
    upload.cancel();
    upload.reset();
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void add([...event.dataTransfer.files]);
  };
  const assigned = pending.map((entry) => entry.dataset);
  const duplicate = assigned.some((id, index) => id !== null && assigned.indexOf(id) !== index);
  const ready = pending.length > 0 && !duplicate && assigned.every((id) => id !== null);

  return (
    <section
      className="panel upload"
      aria-labelledby="upload-heading"
      onDragOver={(event) => {
        event.preventDefault();
      }}
      onDrop={onDrop}
    >
      <h2 id="upload-heading">{t('upload.title')}</h2>
      <p className="note">{t('upload.help')}</p>
      <div className="upload-drop">
        <label htmlFor={inputId} className="button-like">
          {t('upload.choose')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          multiple
          className="visually-hidden"
          data-testid="upload-input"
          onChange={(event) => {
            void add([...(event.target.files ?? [])]);
          }}
        />
        <span className="note">{t('upload.drop')}</span>
      </div>
      {pending.length > 0 ? (
        <ul className="upload-files">
          {pending.map((entry, index) => (
            <li key={`${entry.file.name}-${index}`}>
              <label>
                <span>{t('upload.detected', { file: entry.file.name })}</span>{' '}
                <select
                  value={entry.dataset ?? ''}
                  onChange={(event) => {
                    const dataset = DATASET_ORDER.find((id) => id === event.target.value) ?? null;
                    setPending(
                      pending.map((item, at) => (at === index ? { ...item, dataset } : item)),
                    );
                  }}
                >
                  <option value="">{t('upload.unknown')}</option>
                  {DATASET_ORDER.map((id) => (
                    <option key={id} value={id}>
                      {t(`dataset.${id}`)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <span className="note">{format.integer(Math.ceil(entry.file.size / 1024))} KB</span>
            </li>
          ))}
        </ul>
      ) : null}
      {duplicate ? <p role="alert">{t('upload.duplicate')}</p> : null}
      <div className="upload-actions">
        <button
          type="button"
          disabled={!ready || upload.isPending}
          onClick={() => {
            upload.mutate(
              pending.flatMap((entry) =>
                entry.dataset === null
                  ? []
                  : [{ dataset: entry.dataset, name: entry.file.name, source: entry.file }],
              ),
            );
          }}
        >
          {t('upload.load')}
        </button>
        {pending.length > 0 ? (
          <button
            type="button"
            onClick={() => {
              setPending([]);
              upload.cancel();
              upload.reset();
            }}
          >
            {t('upload.clear')}
          </button>
        ) : null}
        <a href="./">{t('upload.restore')}</a>
      </div>
      {upload.isPending ? (
        <>
          <StatusMessage kind="loading" title={t('upload.loading')} />
          <UploadProgressView progress={upload.progress} onCancel={upload.cancel} />
        </>
      ) : null}
      {upload.isError && isUploadCancelled(upload.error) ? (
        <p role="status" data-testid="upload-cancelled">
          {t('upload.cancelled')}
        </p>
      ) : null}
      {upload.isError && !isUploadCancelled(upload.error) ? (
        <StatusMessage kind="error" title={t('upload.failed')}>
          <ErrorDetails error={upload.error} summary={t('load.detail')} />
        </StatusMessage>
      ) : null}
      {upload.isSuccess ? (
        <p role="status" data-testid="upload-done">
          {t('upload.done', {
            summary: upload.data.reports
              .filter((report) => upload.data.origins[report.dataset] === 'upload')
              .map((report) =>
                t('reconcile.summary', {
                  file: report.file,
                  read: format.integer(report.rowsRead),
                  loaded: format.integer(report.rowsLoaded),
                  rejected: format.integer(report.rowsRejected),
                  flagged: format.integer(report.rowsFlagged),
                }),
              )
              .join('; '),
          })}
        </p>
      ) : null}
    </section>
  );
}
