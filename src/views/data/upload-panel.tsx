import { useId, useRef, useState, type DragEvent } from 'react';
import { ConfirmPrompt } from '../../components/confirm-prompt.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import type { DatasetId } from '../../data/schema.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';
import {
  inspectInWorker,
  isUploadCancelled,
  useDatabaseWriting,
  useUpload,
  type Persistence,
} from '../../queries/use-upload.ts';
import {
  inspected,
  PendingFileRow,
  type InspectionFailed,
  type PendingFile,
} from './pending-file.tsx';
import { PortalImportPanel } from './portal-import-panel.tsx';
import { UploadError } from './upload-error.tsx';
import { UploadProgressView } from './upload-progress.tsx';
import { AnnouncedText } from '../../components/announced-text.tsx';

/** The files of the user's a load would replace (a new units file replaces them all). */
function replacedUploads(data: LoadedData, datasets: readonly DatasetId[]): string[] {
  const all = datasets.includes('units');
  return data.uploads
    .filter((record) => all || datasets.includes(record.dataset))
    .map((record) => record.file);
}

/**
 * Choose or drop CSV or Excel files; each is read far enough to say what it is (its dataset,
 * its sheets, or why it cannot be read); confirm, then validate and load them. Replacing data
 * the user loaded asks first.
 */
export function UploadPanel({
  data,
  onLoaded,
}: {
  data: LoadedData;
  /** Told how the loaded files were kept for the next visit. */
  onLoaded: (persistence: Persistence) => void;
}) {
  const { t, format } = useI18n();
  const inputId = useId();
  const [pending, setPending] = useState<readonly PendingFile[]>([]);
  // The national portal's JSON files take their own path (grouped, given a period, imported).
  const [portalChoice, setPortalChoice] = useState<{
    readonly round: number;
    readonly files: readonly File[];
  }>({ round: 0, files: [] });
  const portalFiles = portalChoice.files;
  const [confirming, setConfirming] = useState(false);
  const choice = useRef(0);
  const upload = useUpload(data);
  const writing = useDatabaseWriting();
  const loadButton = useRef<HTMLButtonElement>(null);
  const closeConfirm = () => {
    setConfirming(false);
    loadButton.current?.focus();
  };

  const add = (chosen: readonly File[]) => {
    const round = ++choice.current;
    const isJson = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json';
    setPortalChoice({ round, files: chosen.filter(isJson) });
    const files = chosen.filter((file) => !isJson(file));
    setPending(files.map((file) => ({ file, inspected: null, sheet: null, dataset: null })));
    setConfirming(false);
    upload.cancel();
    upload.reset();
    for (const [index, file] of files.entries()) {
      void inspectInWorker(file)
        .catch((error: unknown): InspectionFailed => ({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }))
        .then((result) => {
          // A later choice replaced this one: its results are not wanted.
          if (choice.current !== round) return;
          setPending((entries) =>
            entries.map((entry, at) => (at === index ? inspected(file, result) : entry)),
          );
        });
    }
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    add([...event.dataTransfer.files]);
  };
  const assigned = pending.map((entry) => entry.dataset);
  const duplicate = assigned.some((id, index) => id !== null && assigned.indexOf(id) !== index);
  const ready =
    pending.length > 0 &&
    !duplicate &&
    pending.every((entry) => entry.dataset !== null && entry.inspected?.kind !== 'unreadable');
  const datasets = assigned.filter((id): id is DatasetId => id !== null);
  const replaced = replacedUploads(data, datasets);

  const load = () => {
    setConfirming(false);
    upload.mutate(
      pending.flatMap((entry) =>
        entry.dataset === null
          ? []
          : [
              {
                dataset: entry.dataset,
                name: entry.file.name,
                source: entry.file,
                ...(entry.sheet === null ? {} : { sheet: entry.sheet }),
              },
            ],
      ),
      {
        onSuccess: ({ persistence }) => {
          setPending([]);
          onLoaded(persistence);
        },
      },
    );
  };

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
          accept=".csv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          className="visually-hidden"
          data-testid="upload-input"
          onChange={(event) => {
            add([...(event.target.files ?? [])]);
            // The same file chosen again (after fixing it) must still count as a choice.
            event.target.value = '';
          }}
        />
        <span className="note">{t('upload.drop')}</span>
      </div>
      {portalFiles.length > 0 ? (
        <PortalImportPanel
          key={portalChoice.round}
          data={data}
          files={portalFiles}
          onLoaded={onLoaded}
        />
      ) : null}
      {pending.length > 0 ? (
        <ul className="upload-files">
          {pending.map((entry, index) => (
            <PendingFileRow
              key={`${entry.file.name}-${String(index)}`}
              entry={entry}
              onChange={(next) => {
                setConfirming(false);
                setPending((entries) => entries.map((item, at) => (at === index ? next : item)));
              }}
            />
          ))}
        </ul>
      ) : null}
      {duplicate ? <p role="alert">{t('upload.duplicate')}</p> : null}
      {confirming ? (
        <ConfirmPrompt
          message={t('upload.replaceConfirm', { files: replaced.join(', ') })}
          yes={t('upload.replaceYes')}
          no={t('upload.replaceNo')}
          yesTestId="replace-confirm"
          onYes={() => {
            load();
            loadButton.current?.focus();
          }}
          onNo={closeConfirm}
        />
      ) : null}
      <div className="upload-actions">
        <button
          type="button"
          data-testid="upload-load"
          ref={loadButton}
          disabled={!ready || writing}
          onClick={() => {
            if (confirming) return;
            if (replaced.length > 0) setConfirming(true);
            else load();
          }}
        >
          {t('upload.load')}
        </button>
        {pending.length > 0 || portalFiles.length > 0 ? (
          <button
            type="button"
            onClick={() => {
              choice.current += 1;
              setPending([]);
              setPortalChoice({ round: choice.current, files: [] });
              setConfirming(false);
              upload.cancel();
              upload.reset();
            }}
          >
            {t('upload.clear')}
          </button>
        ) : null}
      </div>
      {upload.isPending ? (
        <>
          <StatusMessage kind="loading" title={t('upload.loading')} />
          <UploadProgressView progress={upload.progress} onCancel={upload.cancel} />
        </>
      ) : null}
      {upload.isError && isUploadCancelled(upload.error) ? (
        <AnnouncedText testId="upload-cancelled" text={t('upload.cancelled')} />
      ) : null}
      {upload.isError && !isUploadCancelled(upload.error) ? (
        <div data-testid="upload-error">
          <UploadError error={upload.error} />
        </div>
      ) : null}
      {upload.isSuccess && upload.data.next.version === data.version ? (
        <AnnouncedText
          testId="upload-done"
          text={t('upload.done', {
            summary: upload.data.next.reports
              .filter((report) => upload.data.next.origins[report.dataset] === 'upload')
              .map((report) =>
                t('reconcile.summary', {
                  file: report.file,
                  read: t('count.rows', { count: report.rowsRead }),
                  loaded: format.integer(report.rowsLoaded),
                  rejected: format.integer(report.rowsRejected),
                  flagged: t('count.rows', { count: report.rowsFlagged }),
                }),
              )
              .join('; '),
          })}
        />
      ) : null}
    </section>
  );
}
