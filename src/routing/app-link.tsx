import type { MouseEvent, ReactNode } from 'react';
import type { SearchTarget } from '../state/route.ts';
import { hrefFor, navigate } from './use-search-params.ts';

interface AppLinkProps {
  /** Where it goes, e.g. `COMMUNE_SEARCH.to({ code: '20242' })` or `{ view: 'data' }`. */
  readonly to: SearchTarget;
  readonly children: ReactNode;
  readonly className?: string;
  readonly 'aria-current'?: 'page' | undefined;
}

/**
 * A real link (open in new tab, copy address work) that navigates in place on a plain click.
 * The href is computed at render time from the current URL.
 */
export function AppLink({ to, children, className, ...rest }: AppLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={hrefFor(to)} className={className} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
