import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormat } from './format.ts';
import { I18nContext, type I18n } from './i18n-context.ts';
import { DEFAULT_LOCALE, type Locale } from './locale.ts';
import { catalogueReady, createTranslate, loadCatalogue } from './translate.ts';

/**
 * Provides `t` and `format` for one locale and keeps `<html lang>` in step (the app sets the title).
 * A locale whose messages are still being fetched (English, the first time) is shown once they
 * have arrived: until then the page stays in the language it was in, never half translated. The
 * page's entry fetches the address's language before its first render (`main.tsx`).
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [shown, setShown] = useState<Locale>(() =>
    catalogueReady(locale) ? locale : DEFAULT_LOCALE,
  );
  // A loaded locale is shown in this very render (no frame in the other language).
  if (shown !== locale && catalogueReady(locale)) setShown(locale);
  useEffect(() => {
    if (catalogueReady(locale)) return;
    let current = true;
    loadCatalogue(locale).then(
      () => {
        if (current) setShown(locale);
      },
      // Not fetched (offline before it was cached): the page stays in the language it was in.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale: shown, t: createTranslate(shown), format: createFormat(shown) }),
    [shown],
  );
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
