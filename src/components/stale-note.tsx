import { useI18n } from '../i18n/i18n-context.ts';

/** What a view reads of a query that may show a previous answer (`keepPrevious`). */
export interface MaybeStale {
  readonly isPlaceholderData: boolean;
}

/** The figures shown are another choice's while the new ones load. */
export const isStale = (queries: readonly MaybeStale[]): boolean =>
  queries.some((query) => query.isPlaceholderData);

/**
 * The props that mark a container whose figures are the previous choice's: dimmed by
 * `.is-stale` (styles.css), busy for assistive technology, `data-stale` for tests.
 */
export function staleProps(stale: boolean, className: string) {
  return {
    className: stale ? `${className} is-stale` : className,
    'data-stale': stale ? 'true' : undefined,
  };
}

/**
 * Says, above figures kept on screen while the new ones load, that they are the previous
 * choice's: a view never shows figures of another state than its controls without saying so.
 */
export function StaleNote({ stale }: { readonly stale: boolean }) {
  const { t } = useI18n();
  if (!stale) return null;
  return (
    <p className="stale-note" role="status" data-testid="stale-note">
      {t('stale.note')}
    </p>
  );
}
