import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { embedUrl } from '../state/embed-search.ts';
import { EMBED_HEIGHT_RANGE, embedHeight, iframeCode } from './embed-code.ts';
import type { PageFigure } from './embed-figures.ts';
import { ShareCopyButton } from './share-copy-button.tsx';
import { ShareDialog } from './share-dialog.tsx';

/** Room in the frame around the chart: its title, summary, source line and full-view link. */
const FRAME_CHROME_PX = 190;

interface EmbedDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The page's charts when the dialog opened, in page order. */
  readonly figures: readonly PageFigure[];
}

/** Chooses one of the page's charts and gives its embed address and iframe code to copy. */
export function EmbedDialog({ open, onClose, figures }: EmbedDialogProps) {
  const { t } = useI18n();
  return (
    <ShareDialog open={open} title={t('embed.title')} onClose={onClose} testId="embed-dialog">
      {figures.length === 0 ? <p>{t('embed.none')}</p> : <EmbedChooser figures={figures} />}
    </ShareDialog>
  );
}

function EmbedChooser({ figures }: { readonly figures: readonly PageFigure[] }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(figures[0]?.name ?? '');
  const figure = figures.find((entry) => entry.name === name) ?? figures[0];
  const [heights, setHeights] = useState<Readonly<Record<string, number>>>({});
  if (figure === undefined) return null;
  const height = heights[figure.name] ?? embedHeight(figure.height + FRAME_CHROME_PX);
  const src = embedUrl(window.location.href, figure.name);
  const code = iframeCode({ src, title: figure.label, height });
  return (
    <div className="embed-chooser">
      <p className="note">{t('embed.intro')}</p>
      <div className="embed-fields">
        <label htmlFor={`${id}-chart`}>{t('embed.chart')}</label>
        <select
          id={`${id}-chart`}
          value={figure.name}
          data-testid="embed-chart-select"
          onChange={(event) => {
            setName(event.target.value);
          }}
        >
          {figures.map((entry) => (
            <option key={entry.name} value={entry.name}>
              {entry.label} ({entry.name})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-height`}>{t('embed.height')}</label>
        <input
          id={`${id}-height`}
          type="number"
          min={EMBED_HEIGHT_RANGE.min}
          max={EMBED_HEIGHT_RANGE.max}
          step={10}
          value={height}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (event.target.value !== '' && Number.isFinite(value)) {
              setHeights({ ...heights, [figure.name]: value });
            }
          }}
          onBlur={() => {
            setHeights({ ...heights, [figure.name]: embedHeight(height) });
          }}
        />
      </div>
      <p>
        <a href={src} target="_blank" rel="noopener" data-testid="embed-preview">
          {t('embed.preview')}
        </a>
      </p>
      <label htmlFor={`${id}-code`}>{t('embed.code')}</label>
      <textarea
        id={`${id}-code`}
        className="embed-code"
        readOnly
        rows={4}
        value={code}
        data-testid="embed-code"
      />
      <ShareCopyButton
        text={() => code}
        label={t('embed.copyCode')}
        done={t('share.copiedText')}
        failed={t('share.copyFailedText')}
        fieldLabel={t('embed.code')}
        testId="embed-copy"
      />
    </div>
  );
}
