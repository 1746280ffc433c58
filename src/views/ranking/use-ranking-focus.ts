import { useState, type RefObject } from 'react';
import { useAnnounce } from '../../components/announcer-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { MAX_COMPARED, type Panel, type RankingParams } from '../../state/page-search.ts';
import type { RankingState } from './ranking-state.ts';

interface NamedUnit {
  readonly code: string;
  readonly name: string;
}

/** A request to focus a panel's button once that panel shows; a new `seq` is a new request. */
export interface PanelFocus {
  readonly panel: Panel;
  readonly seq: number;
}

export interface RankingFocus {
  /** Opens the "why did the rank change" panel for a unit; the panel takes the focus. */
  readonly explain: (code: string) => void;
  /** Closes that panel; the focus goes to the page's heading. */
  readonly clear: (name: string) => void;
  /** Adds a unit to the comparison and shows it; the focus goes to the "So sánh" button. */
  readonly compare: (unit: NamedUnit) => void;
  /** The why panel is to take the focus once it shows the unit asked for. */
  readonly whyFocus: boolean;
  /** The why panel took the focus: the request is done. */
  readonly whyFocused: () => void;
  readonly panelFocus: PanelFocus | null;
}

/**
 * The ranking's actions that open or close a panel, with where the keyboard focus goes after
 * each: never back to the top of the page, never lost with a button that disappears.
 */
export function useRankingFocus(
  state: RankingState,
  setParams: (patch: Partial<RankingParams>) => void,
  /** The explorer's heading (`tabIndex={-1}`). */
  heading: RefObject<HTMLHeadingElement | null>,
): RankingFocus {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [whyFocus, setWhyFocus] = useState(false);
  const [panelFocus, setPanelFocus] = useState<PanelFocus | null>(null);
  return {
    whyFocus,
    whyFocused: () => {
      setWhyFocus(false);
    },
    panelFocus,
    explain: (code) => {
      setParams({ unit: code });
      setWhyFocus(true);
    },
    clear: (name) => {
      setParams({ unit: null });
      heading.current?.focus();
      announce(t('announce.closed', { name }));
    },
    compare: ({ code, name }) => {
      const next = [...new Set([...state.compared, code])].slice(-MAX_COMPARED);
      setParams({ units: next, panel: 'compare' });
      setPanelFocus((previous) => ({ panel: 'compare', seq: (previous?.seq ?? 0) + 1 }));
      announce(t('announce.compareAdded', { name, count: next.length, max: MAX_COMPARED }));
    },
  };
}
