import type { Translate } from '../i18n/translate.ts';

/**
 * A button's accessible name: its visible text first (what speech input users say), then the
 * thing it acts on, e.g. "Phân tích: An Thắng" (WCAG 2.5.3, label in name).
 */
export function actionName(t: Translate, action: string, object: string): string {
  return t('a11y.named', { action, object });
}
