import { lazy, Suspense, useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import type { PageCitation } from './cite-dialog.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { pageFigures, type PageFigure } from './embed-figures.ts';
import { useDomReading } from './embed-mirror.ts';
import { ShareCopyButton } from './share-copy-button.tsx';
import type { OpenDialog } from './share-dialogs.tsx';
import './share-bar.css';

const loadDialogs = () => import('./share-dialogs.tsx');
const ShareDialogs = lazy(() => loadDialogs().then((module) => ({ default: module.ShareDialogs })));

const NO_FIGURES: readonly PageFigure[] = [];
const figureKey = (figures: readonly PageFigure[]) =>
  figures.map((figure) => `${figure.name}:${figure.label}`).join('\n');

/**
 * The page's sharing actions, one bar per page (the app shell renders it): copy the link (the
 * whole state is in the address), embed one of the page's charts, cite the page.
 */
export function ShareBar({ citation }: { readonly citation: PageCitation }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<OpenDialog>('none');
  // The dialogs' chunk is fetched when a pointer or the focus reaches the bar, and the dialogs
  // mount on the first click (opening as soon as it has arrived), then stay mounted.
  const [used, setUsed] = useState(false);
  const preload = () => {
    void loadDialogs().catch(() => undefined);
  };
  const show = (dialog: OpenDialog) => {
    setUsed(true);
    setOpen(dialog);
  };
  // The page's charts, followed while the dialog is open (a panel may still be drawing).
  const [page, setPage] = useState<Element | null>(null);
  const figures = useDomReading(page, pageFigures, figureKey, NO_FIGURES);
  const close = useCallback(() => {
    setOpen('none');
    setPage(null);
  }, []);
  return (
    <div
      className="share-bar"
      role="group"
      aria-label={t('share.actions')}
      data-testid="share-bar"
      onPointerEnter={preload}
      onFocus={preload}
    >
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
          show('embed');
        }}
      >
        {t('embed.open')}
      </button>
      <button
        type="button"
        aria-haspopup="dialog"
        data-testid="cite-open"
        onClick={() => {
          show('cite');
        }}
      >
        {t('cite.open')}
      </button>
      {used ? (
        <ErrorBoundary scope="panel">
          <Suspense fallback={null}>
            <ShareDialogs open={open} onClose={close} figures={figures} citation={citation} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
