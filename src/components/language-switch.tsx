import { useI18n } from '../i18n/i18n-context.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';

const NAMES: Readonly<Record<Locale, string>> = { vi: 'Tiếng Việt', en: 'English' };

/** Two toggle buttons; the current language is marked pressed. */
export function LanguageSwitch({ onChange }: { onChange: (locale: Locale) => void }) {
  const { locale, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LOCALES.map((candidate) => (
        <button
          key={candidate}
          type="button"
          lang={candidate}
          aria-pressed={candidate === locale}
          onClick={() => {
            onChange(candidate);
          }}
        >
          {NAMES[candidate]}
        </button>
      ))}
    </div>
  );
}
