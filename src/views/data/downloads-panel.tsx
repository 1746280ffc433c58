import { useI18n } from '../../i18n/i18n-context.ts';
import type { LoadedData } from '../../queries/use-loaded-data.ts';

/** Links to the published files; synthetic ones are named so once downloaded. */
export function DownloadsPanel({ data }: { data: LoadedData }) {
  const { t } = useI18n();
  const { published } = data;
  return (
    <section className="panel" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('downloads.title')}</h2>
      <p className="note">{t('downloads.help')}</p>
      <ul>
        {published.datasets.map((entry) => {
          const synthetic = published.synthetic && entry.id !== 'units';
          const name = synthetic
            ? entry.file.replace(/\.csv$/, '-du-lieu-mau-tong-hop.csv')
            : entry.file;
          return (
            <li key={entry.id}>
              <a href={`data/${entry.file}`} download={name}>
                {t(`dataset.${entry.id}`)} — {name}
              </a>{' '}
              <span className="note">
                ({t('console.rows', { count: entry.rows })}
                {synthetic ? ` · ${t('origin.sample')}` : ` · ${t('origin.reference')}`})
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
