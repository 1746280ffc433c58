import { LOCALES } from '../../src/i18n/locale.ts';
import { loadCatalogue } from '../../src/i18n/translate.ts';

// The page fetches English when it is first asked for; tests translate synchronously in both.
await Promise.all(LOCALES.map(loadCatalogue));
