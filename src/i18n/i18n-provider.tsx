import { useEffect, useMemo, type ReactNode } from 'react';
import { createFormat } from './format.ts';
import { I18nContext, type I18n } from './i18n-context.ts';
import type { Locale } from './locale.ts';
import { createTranslate } from './translate.ts';

/** Provides `t` and `format` for one locale and keeps `<html lang>` in step (the app sets the title). */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ locale, t: createTranslate(locale), format: createFormat(locale) }),
    [locale],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
