import { useEffect, useId, useState } from 'react';
import { AnnouncedText } from '../../components/announced-text.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { parsePointKey } from '../../data/report-point.ts';
import { PERIOD_TYPES, type PeriodType } from '../../data/schema.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';
import {
  localDay,
  portalBatches,
  suggestedPeriod,
  usePortalImport,
  type PortalBatch,
  type PortalFile,
  type PortalPeriod,
} from '../../queries/use-portal-import.ts';
import {
  isUploadCancelled,
  useDatabaseWriting,
  type Persistence,
} from '../../queries/use-upload.ts';
import { PortalImportReport } from './portal-import-report.tsx';
import { UploadError } from './upload-error.tsx';
import { UploadProgressView } from './upload-progress.tsx';

interface PeriodForm {
  readonly periodType: PeriodType;
  readonly period: string;
  readonly snapshotDate: string;
}

function initialForm(batch: PortalBatch, files: readonly File[]): PeriodForm {
  const times = files.filter((file) => batch.files.includes(file.name)).map((f) => f.lastModified);
  const snapshotDate = localDay(times.length === 0 ? Date.now() : Math.max(...times));
  const periodType = batch.hint ?? 'month';
  return { periodType, period: suggestedPeriod(periodType, snapshotDate), snapshotDate };
}

const fits = (form: PeriodForm) => parsePointKey(form.period)?.periodType === form.periodType;

/**
 * The portal's JSON files the reader chose: read, grouped (crawler snapshots; API responses by
 * the period their names suggest), each group of responses given its period and day (the
 * responses do not carry them: the request did), then imported through the one upload path.
 * The report says what became of every file and unit.
 */
export function PortalImportPanel({
  data,
  files,
  onLoaded,
}: {
  readonly data: LoadedData;
  readonly files: readonly File[];
  readonly onLoaded: (persistence: Persistence) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const writing = useDatabaseWriting();
  const portal = usePortalImport(data);
  // The files and their batches, read once per choice (grouping parses every file's JSON).
  const [read, setRead] = useState<{
    readonly texts: readonly PortalFile[];
    readonly batches: readonly PortalBatch[];
  } | null>(null);
  const texts = read?.texts ?? null;
  const [readError, setReadError] = useState<string | null>(null);
  const [forms, setForms] = useState<Readonly<Record<string, PeriodForm>>>({});
  const batches = read?.batches ?? [];

  useEffect(() => {
    // A new choice mounts a new panel (keyed by the choice): nothing to reset here.
    let live = true;
    Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))).then(
      (loaded) => {
        if (!live) return;
        const grouped = portalBatches(loaded);
        setRead({ texts: loaded, batches: grouped });
        setForms(
          Object.fromEntries(grouped.map((batch) => [batch.key, initialForm(batch, files)])),
        );
      },
      (error: unknown) => {
        if (live) setReadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [files]);

  const needing = batches.filter((batch) => batch.needsPeriod);
  const ready =
    texts !== null &&
    needing.every((batch) => {
      const form = forms[batch.key];
      return form !== undefined && fits(form);
    });
  const run = () => {
    if (texts === null) return;
    const periods: Record<string, PortalPeriod> = {};
    for (const batch of needing) {
      const form = forms[batch.key];
      if (form !== undefined) periods[batch.key] = form;
    }
    const label =
      files.length === 1
        ? (files[0]?.name ?? '766')
        : `Cổng DVCQG 766 (${String(files.length)} tệp)`;
    void portal.run(texts, batches, periods, label, onLoaded);
  };
  const setForm = (key: string, patch: Partial<PeriodForm>) => {
    setForms((current) => {
      const previous = current[key];
      return previous === undefined ? current : { ...current, [key]: { ...previous, ...patch } };
    });
  };

  return (
    <div className="portal-import" data-testid="portal-import">
      <h3>{t('portal.title')}</h3>
      <p className="note">{t('portal.help')}</p>
      {readError !== null ? (
        <StatusMessage kind="error" title={t('portal.failed', { message: readError })} />
      ) : texts === null ? (
        <StatusMessage kind="loading" title={t('portal.reading')} />
      ) : null}
      {batches.map((batch) => {
        const form = forms[batch.key];
        return (
          <fieldset key={batch.key} className="portal-batch">
            <legend>{batch.needsPeriod ? t('portal.responses') : t('portal.snapshots')}</legend>
            <p className="note">{batch.files.join(', ')}</p>
            {batch.needsPeriod && form !== undefined ? (
              <>
                <p className="note">{t('portal.periodNote')}</p>
                <div className="portal-period">
                  <label htmlFor={`${id}-${batch.key}-type`}>{t('portal.periodType')}</label>
                  <select
                    id={`${id}-${batch.key}-type`}
                    value={form.periodType}
                    onChange={(event) => {
                      const periodType =
                        PERIOD_TYPES.find((type) => type === event.target.value) ?? 'month';
                      setForm(batch.key, {
                        periodType,
                        period: suggestedPeriod(periodType, form.snapshotDate),
                      });
                    }}
                  >
                    {PERIOD_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(`periodType.${type}`)}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`${id}-${batch.key}-period`}>{t('portal.periodValue')}</label>
                  <input
                    id={`${id}-${batch.key}-period`}
                    data-testid="portal-period"
                    value={form.period}
                    aria-invalid={!fits(form)}
                    onChange={(event) => {
                      setForm(batch.key, { period: event.target.value.trim() });
                    }}
                  />
                  <label htmlFor={`${id}-${batch.key}-date`}>{t('portal.snapshotDate')}</label>
                  <input
                    id={`${id}-${batch.key}-date`}
                    data-testid="portal-date"
                    type="date"
                    value={form.snapshotDate}
                    onChange={(event) => {
                      if (event.target.value !== '') {
                        setForm(batch.key, { snapshotDate: event.target.value });
                      }
                    }}
                  />
                </div>
                {fits(form) ? null : (
                  <p role="alert">{t('portal.periodInvalid', { value: form.period })}</p>
                )}
              </>
            ) : null}
          </fieldset>
        );
      })}
      <div className="upload-actions">
        <button type="button" data-testid="portal-run" disabled={!ready || writing} onClick={run}>
          {t('portal.run')}
        </button>
      </div>
      {portal.failure === null ? null : (
        <StatusMessage kind="error" title={t('portal.failed', { message: portal.failure })} />
      )}
      {portal.upload.isPending ? (
        <>
          <StatusMessage kind="loading" title={t('upload.loading')} />
          <UploadProgressView progress={portal.upload.progress} onCancel={portal.upload.cancel} />
        </>
      ) : null}
      {portal.upload.isError && isUploadCancelled(portal.upload.error) ? (
        <AnnouncedText testId="upload-cancelled" text={t('upload.cancelled')} />
      ) : null}
      {portal.upload.isError && !isUploadCancelled(portal.upload.error) ? (
        <div data-testid="upload-error">
          <UploadError error={portal.upload.error} />
        </div>
      ) : null}
      {portal.upload.isSuccess ? (
        <AnnouncedText testId="portal-done" text={t('portal.done')} />
      ) : null}
      {portal.report === null ? null : <PortalImportReport report={portal.report} />}
    </div>
  );
}
