import { lazy, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/vi.ts';
import type { ViewId } from '../state/route.ts';
import { RankingView } from '../views/ranking/ranking-view.tsx';

// Each page but the default one is a chunk of its own, fetched when it is opened (the service
// worker keeps them all for offline use). The ranking is the first page: it ships in the entry.
const CommuneProfileView = lazy(() =>
  import('../views/commune-profile/commune-profile-view.tsx').then((module) => ({
    default: module.CommuneProfileView,
  })),
);
const DossiersView = lazy(() =>
  import('../views/dossiers/dossiers-view.tsx').then((module) => ({
    default: module.DossiersView,
  })),
);
const PetitionsView = lazy(() =>
  import('../views/petitions/petitions-view.tsx').then((module) => ({
    default: module.PetitionsView,
  })),
);
const DataView = lazy(() =>
  import('../views/data/data-view.tsx').then((module) => ({ default: module.DataView })),
);
const MethodologyView = lazy(() =>
  import('../views/methodology/methodology-view.tsx').then((module) => ({
    default: module.MethodologyView,
  })),
);

export interface ViewEntry {
  readonly id: ViewId;
  /** Navigation label. */
  readonly label: MessageKey;
  /** Pages read their own state from the URL and their provenance from context. */
  readonly render: () => ReactNode;
  /** False for a page of text that asks nothing of the data: it never waits for it. */
  readonly needsData?: false;
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
  {
    id: 'methodology',
    label: 'nav.methodology',
    render: () => <MethodologyView />,
    needsData: false,
  },
];
