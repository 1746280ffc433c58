import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { CiteDialog, type PageCitation } from './cite-dialog.tsx';
import { EmbedDialog } from './embed-dialog.tsx';
import { pageFigures, type PageFigure } from './embed-figures.ts';
import { useDomReading } from './embed-mirror.ts';
import { ShareCopyButton } from './share-copy-button.tsx';
import './share-bar.css';

type Open = 'none' | 'embed' | 'cite';

const NO_FIGURES: readonly PageFigure[] = [];
const figureKey = (figures: readonly PageFigure[]) =>
  figures.map((figure) => `${figure.name}:${figure.label}`).join('\n');

/**
 * The page's sharing actions, one bar per page (the app shell renders it): copy the link (the
 * whole state is in the address), embed one of the page's charts, cite the page.
 */
export function ShareBar({ citation }: { readonly citation: PageCitation }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>('none');
  // The page's charts, followed while the dialog is open (a panel may still be drawing).
  const [page, setPage] = useState<Element | null>(null);
  const figures = useDomReading(page, pageFigures, figureKey, NO_FIGURES);
  const close = useCallback(() => {
    setOpen('none');
    setPage(null);
  }, []);
  return (
    <div className="share-bar" role="group" aria-label={t('share.actions')} data-testid="share-bar">
      <ShareCopyButton
        text={() => window.location.href}
        label={t('share.copyLink')}
        done={t('share.copied')}
        failed={t('share.copyFailed')}
        fieldLabel={t('share.linkField')}
        testId="copy-link"
      />
      <button
        type="button"
        aria-haspopup="dialog"
        data-testid="embed-open"
        onClick={() => {
          setPage(document.querySelector('main'));
          setOpen('embed');
        }}
      >
        {t('embed.open')}
      </button>
      <button
        type="button"
        aria-haspopup="dialog"
        data-testid="cite-open"
        onClick={() => {
          setOpen('cite');
        }}
      >
        {t('cite.open')}
      </button>
      <EmbedDialog open={open === 'embed'} onClose={close} figures={figures} />
      <CiteDialog open={open === 'cite'} onClose={close} citation={citation} />
    </div>
  );
}
