import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { EmbedContext, EMBED_SLOT_ATTRIBUTE } from '../components/embed-context.ts';
import { chooseFigure } from '../components/embed-figures.ts';
import { useDomReading } from '../components/embed-mirror.ts';
import { StatusMessage } from '../components/status-message.tsx';
import { UrlNotice } from '../components/url-notice.tsx';
import { useI18n } from '../i18n/i18n-context.ts';
import { fullViewUrl } from '../state/embed-search.ts';
import './embed-layout.css';

/** How long no query may run before the page counts as settled (charts that load late). */
const SETTLE_MS = 400;

interface EmbedLayoutProps {
  /** The chart the link asks for (`figure`), or null for the page's first. */
  readonly requested: string | null;
  readonly loaded: boolean;
  readonly failed: boolean;
  /** The sources line, once the data is loaded. */
  readonly sources: string | null;
  /** Whether a figure the page shows is the synthetic sample. */
  readonly synthetic: boolean;
  /** Sentences about the address the shell found (an unknown page). */
  readonly notices: readonly string[];
  /** The page's name, the title until the chart names itself. */
  readonly page: string;
  /** The page itself, rendered hidden: its chosen chart is drawn here. */
  readonly children: ReactNode;
}

const readSlots = (root: Element): string[] =>
  [...root.querySelectorAll(`[${EMBED_SLOT_ATTRIBUTE}]`)].map(
    (element) => element.getAttribute(EMBED_SLOT_ATTRIBUTE) ?? '',
  );
const readNotices = (root: Element): string[] =>
  [...root.querySelectorAll('.url-notice p')].map((element) => element.textContent.trim());
const readLabel = (root: Element): string =>
  root.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '';
const joined = (list: readonly string[]) => list.join('\n');
const same = (text: string) => text;

/**
 * `?embed=1`: one chart of the page alone, for an iframe: its title, the chart (drawn by its
 * `DescribedChart` through a portal), its summary, the source line with the synthetic mark, and
 * a link to the full view. The page is rendered hidden, unchanged, so every view is embeddable
 * without knowing about embeds; its own address notices are repeated here.
 */
export function EmbedLayout(props: EmbedLayoutProps) {
  const { requested, loaded, failed, sources, synthetic, notices, page, children } = props;
  const { t } = useI18n();
  const [hidden, setHidden] = useState<HTMLDivElement | null>(null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const charts = useDomReading(hidden, readSlots, joined, []);
  const viewNotices = useDomReading(hidden, readNotices, joined, []);
  const label = useDomReading(frame, readLabel, same, '');
  const settled = useSettled(loaded);
  const choice = chooseFigure(requested, charts, settled);
  const target = useMemo(() => ({ figure: choice.figure, frame }), [choice.figure, frame]);
  const shown = label === '' ? (choice.figure ?? '') : label;
  const messages = [
    ...notices,
    ...viewNotices,
    ...(settled && choice.figure === null
      ? [t('embed.noFigure')]
      : choice.missing && requested !== null
        ? [t('embed.figureUnknown', { requested, shown })]
        : []),
  ];
  return (
    <div className="embed-layout" data-testid="embed-layout">
      <main id="main" className="embed-main" tabIndex={-1}>
        <h1 className="embed-title" data-testid="embed-title" title={label === '' ? page : label}>
          {label === '' ? page : label}
        </h1>
        <UrlNotice messages={messages} />
        {failed ? (
          <StatusMessage kind="error" title={t('embed.failed')} />
        ) : choice.figure === null && !settled ? (
          <StatusMessage kind="loading" title={t('embed.loading')} />
        ) : null}
        <div ref={setFrame} className="embed-chart" data-testid="embed-chart" />
        <p className="embed-source" data-testid="embed-source">
          {synthetic ? <strong>{t('sample.notice')}. </strong> : null}
          {sources}
        </p>
        <p className="embed-link">
          <a
            href={fullViewUrl(window.location.href)}
            target="_blank"
            rel="noopener"
            data-testid="embed-full-view"
          >
            {t('embed.fullView')}
            <span className="visually-hidden"> {t('embed.fullViewHint')}</span>
          </a>
        </p>
      </main>
      <div hidden ref={setHidden}>
        <EmbedContext.Provider value={target}>{children}</EmbedContext.Provider>
      </div>
    </div>
  );
}

/** True once the data is loaded and no query has run for `SETTLE_MS`. */
function useSettled(loaded: boolean): boolean {
  const fetching = useIsFetching() > 0;
  const busy = !loaded || fetching;
  // A new token for each quiet spell: a timer of an earlier one can never mark this one settled.
  const spell = useMemo(() => ({ busy }), [busy]);
  const [settledSpell, setSettledSpell] = useState<object | null>(null);
  useEffect(() => {
    if (spell.busy) return;
    const timer = window.setTimeout(() => {
      setSettledSpell(spell);
    }, SETTLE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [spell]);
  return !busy && settledSpell === spell;
}
