import { CiteDialog, type PageCitation } from './cite-dialog.tsx';
import { EmbedDialog } from './embed-dialog.tsx';
import type { PageFigure } from './embed-figures.ts';

export type OpenDialog = 'none' | 'embed' | 'cite';

interface ShareDialogsProps {
  readonly open: OpenDialog;
  readonly onClose: () => void;
  readonly figures: readonly PageFigure[];
  readonly citation: PageCitation;
}

/** The share bar's two dialogs: a chunk of its own, fetched when the bar is first used. */
export function ShareDialogs({ open, onClose, figures, citation }: ShareDialogsProps) {
  return (
    <>
      <EmbedDialog open={open === 'embed'} onClose={onClose} figures={figures} />
      <CiteDialog open={open === 'cite'} onClose={onClose} citation={citation} />
    </>
  );
}
