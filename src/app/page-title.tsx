import { useEffect } from 'react';
import type { PageCitation } from '../components/cite-dialog.tsx';
import { ShareBar } from '../components/share-bar.tsx';
import { useI18n } from '../i18n/i18n-context.ts';
import { useTitleDetail, type TitleDetail } from './title-detail.ts';

interface PageTitleParts {
  /** The page's name ("Xếp hạng"), or null when no page is shown. */
  readonly page: string | null;
  /** The app's title ("Bảng điểm xã, phường Đà Nẵng"). */
  readonly app: string;
  readonly detail: TitleDetail;
}

/** page · detail — app: the document's title and the citation's. */
function usePageTitle({ page, app, detail }: PageTitleParts): string {
  const { t } = useI18n();
  const shown = useTitleDetail(detail);
  if (page === null) return app;
  return shown === null
    ? t('a11y.documentTitle', { page, app })
    : t('a11y.documentTitleDetail', { page, detail: shown, app });
}

/** Writes the page's title to the document (renders nothing). */
export function DocumentTitle(props: PageTitleParts) {
  const title = usePageTitle(props);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

/** The share bar, citing the page under its current title. */
export function TitledShareBar({
  citation,
  ...parts
}: PageTitleParts & { readonly citation: Omit<PageCitation, 'title'> }) {
  const title = usePageTitle(parts);
  return <ShareBar citation={{ ...citation, title }} />;
}
