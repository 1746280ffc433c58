import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n/vi.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { AppLink } from '../routing/app-link.tsx';
import type { ViewId } from '../state/route.ts';

interface MainNavProps {
  readonly items: readonly { readonly id: ViewId; readonly label: MessageKey }[];
  readonly current: ViewId;
}

/**
 * The page links; the current page is marked for assistive technology. A link keeps only the
 * global params (`lang`): the page left behind takes its own params with it (`nextSearch`).
 */
export function MainNav({ items, current }: MainNavProps) {
  const { t } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // On a phone the tabs are one row that scrolls sideways: bring the current one into view
    // (sideways only: the page itself keeps its scroll position).
    const row = list.current;
    const tab = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (row == null || tab == null || row.scrollWidth <= row.clientWidth) return;
    row.scrollLeft = tab.offsetLeft - (row.clientWidth - tab.offsetWidth) / 2;
  }, [current]);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul ref={list}>
        {items.map((item) => (
          <li key={item.id}>
            <AppLink to={{ view: item.id }} aria-current={item.id === current ? 'page' : undefined}>
              {t(item.label)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
