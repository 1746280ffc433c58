import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/vi.ts';
import type { ViewId } from '../state/route.ts';
import { DataView } from '../views/data/data-view.tsx';
import { CommuneProfileView } from '../views/commune-profile/commune-profile-view.tsx';
import { DossiersView } from '../views/dossiers/dossiers-view.tsx';
import { MethodologyView } from '../views/methodology/methodology-view.tsx';
import { PetitionsView } from '../views/petitions/petitions-view.tsx';
import { RankingView } from '../views/ranking/ranking-view.tsx';

export interface ViewEntry {
  readonly id: ViewId;
  /** Navigation label. */
  readonly label: MessageKey;
  /** Pages read their own state from the URL and their provenance from context. */
  readonly render: () => ReactNode;
}

/**
 * The pages, in navigation order. One entry per page: add yours on its own line. A view id
 * that is not listed here falls back to the first entry.
 */
export const VIEWS: readonly ViewEntry[] = [
  { id: 'ranking', label: 'nav.ranking', render: () => <RankingView /> },
  { id: 'commune', label: 'nav.commune', render: () => <CommuneProfileView /> },
  { id: 'dossiers', label: 'nav.dossiers', render: () => <DossiersView /> },
  { id: 'petitions', label: 'nav.petitions', render: () => <PetitionsView /> },
  { id: 'data', label: 'nav.data', render: () => <DataView /> },
  { id: 'methodology', label: 'nav.methodology', render: () => <MethodologyView /> },
];
