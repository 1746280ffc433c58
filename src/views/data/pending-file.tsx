import type { InspectedFile, Recognition } from '../../data/recognise-header.ts';
import { DATASET_ORDER, type DatasetId } from '../../data/schema.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

/** Reading the file to recognise it failed (the worker ran out of memory, say): not a verdict on it. */
export interface InspectionFailed {
  readonly kind: 'failed';
  readonly message: string;
}

/** A chosen file before it is loaded: what it was found to be, and what the user chose. */
export interface PendingFile {
  readonly file: File;
  /** Null while the file is being read. */
  readonly inspected: InspectedFile | InspectionFailed | null;
  /** The sheet of a workbook to read. */
  readonly sheet: string | null;
  readonly dataset: DatasetId | null;
}

/** The recognition that applies: the file's, or the chosen sheet's. */
export function recognitionOf(entry: PendingFile): Recognition | null {
  const { inspected } = entry;
  if (inspected === null || inspected.kind === 'unreadable' || inspected.kind === 'failed') {
    return null;
  }
  if (inspected.kind === 'csv') return inspected.recognition;
  return inspected.sheets.find((sheet) => sheet.name === entry.sheet)?.recognition ?? null;
}

/** What a freshly inspected file starts as: the recognised dataset, the first sheet that has one. */
export function inspected(file: File, result: InspectedFile | InspectionFailed): PendingFile {
  if (result.kind === 'xlsx') {
    const sheet =
      result.sheets.find((candidate) => candidate.recognition.dataset !== null) ?? result.sheets[0];
    return {
      file,
      inspected: result,
      sheet: sheet?.name ?? null,
      dataset: sheet?.recognition.dataset ?? null,
    };
  }
  const dataset = result.kind === 'csv' ? result.recognition.dataset : null;
  return { file, inspected: result, sheet: null, dataset };
}

/** One chosen file: its sheet (a workbook), its dataset, and why it is not recognised. */
export function PendingFileRow({
  entry,
  onChange,
}: {
  entry: PendingFile;
  onChange: (next: PendingFile) => void;
}) {
  const { t, format } = useI18n();
  const name = entry.file.name;
  const { inspected: result } = entry;
  const recognition = recognitionOf(entry);
  return (
    <li data-testid="pending-file">
      <div className="pending-file-controls">
        {result?.kind === 'xlsx' ? (
          <label>
            <span>{t('upload.sheet', { file: name })}</span>{' '}
            <select
              value={entry.sheet ?? ''}
              data-testid="upload-sheet"
              onChange={(event) => {
                const sheet = result.sheets.find((item) => item.name === event.target.value);
                if (sheet === undefined) return;
                onChange({ ...entry, sheet: sheet.name, dataset: sheet.recognition.dataset });
              }}
            >
              {result.sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {t('upload.sheetOption', { sheet: sheet.name, count: sheet.rows })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {result?.kind !== 'unreadable' ? (
          <label>
            <span>{t('upload.detected', { file: name })}</span>{' '}
            <select
              value={entry.dataset ?? ''}
              disabled={result === null}
              data-testid="upload-dataset"
              onChange={(event) => {
                const dataset = DATASET_ORDER.find((id) => id === event.target.value) ?? null;
                onChange({ ...entry, dataset });
              }}
            >
              <option value="">{t('upload.unknown')}</option>
              {DATASET_ORDER.map((id) => (
                <option key={id} value={id}>
                  {t(`dataset.${id}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}{' '}
        <span className="note">{format.integer(Math.ceil(entry.file.size / 1024))} KB</span>
      </div>
      {result === null ? (
        <p className="note" role="status">
          {t('upload.inspecting', { file: name })}
        </p>
      ) : null}
      {result?.kind === 'failed' ? (
        <p className="upload-file-problem" role="alert">
          {t('upload.inspectFailed', { file: name, message: result.message })}
        </p>
      ) : null}
      {result?.kind === 'unreadable' ? (
        <p className="upload-file-problem" role="alert">
          {t(`upload.unreadable.${result.reason}`, { file: name })}
        </p>
      ) : null}
      {recognition !== null && recognition.dataset === null ? (
        <p className="upload-file-problem" data-testid="not-recognised">
          {recognition.nearest === null
            ? t('upload.notRecognisedNone', {
                file: name,
                header: recognition.header.slice(0, 8).join(', ') || '—',
              })
            : t('upload.notRecognised', {
                file: name,
                dataset: t(`dataset.${recognition.nearest.dataset}`),
                columns: recognition.nearest.missing.join(', '),
              })}
        </p>
      ) : null}
    </li>
  );
}
