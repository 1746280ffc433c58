import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/vi.ts';
import type { ViewId } from '../state/route.ts';
import { DataView } from '../views/data/data-view.tsx';
import { CommuneProfileView } from '../views/commune-profile/commune-profile-view.tsx';
import { DossiersView } from '../views/dossiers/dossiers-view.tsx';
import { MethodologyView } from '../views/methodology/methodology-view.tsx';
import { PetitionsView } from '../views/petitions/petitions-view.tsx';
import { RankingView } from '../views/ranking/ranking-view.tsx';

/** What every page receives from the shell. Pages read their own state from the URL. */
export interface ViewProps {
  /** The loaded data is the synthetic sample: say so in the view and in its exports. */
  readonly synthetic: boolean;
}

export interface ViewEntry {
  readonly id: ViewId;
  /** Navigation label. */
  readonly label: MessageKey;
  readonly render: (props: ViewProps) => ReactNode;
}

/**
 * The pages, in navigation order. One entry per page: add yours on its own line. A view id
 * that is not listed here falls back to the first entry.
 */
export const VIEWS: readonly ViewEntry[] = [
  { id: 'ranking', label: 'nav.ranking', render: (props) => <RankingView {...props} /> },
  { id: 'commune', label: 'nav.commune', render: (props) => <CommuneProfileView {...props} /> },
  { id: 'dossiers', label: 'nav.dossiers', render: (props) => <DossiersView {...props} /> },
  { id: 'petitions', label: 'nav.petitions', render: (props) => <PetitionsView {...props} /> },
  { id: 'data', label: 'nav.data', render: () => <DataView /> },
  { id: 'methodology', label: 'nav.methodology', render: () => <MethodologyView /> },
];
