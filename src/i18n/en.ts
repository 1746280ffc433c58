import { a11yEn } from './messages/en/a11y.ts';
import { commonEn } from './messages/en/common.ts';
import { dataEn } from './messages/en/data-view.ts';
import { shareEn } from './messages/en/share.ts';
import { sqlConsoleEn } from './messages/en/sql-console.ts';
import { exportsEn } from './messages/en/exports.ts';
import { dossiersEn } from './messages/en/dossiers.ts';
import { methodologyEn } from './messages/en/methodology.ts';
import { metricsEn } from './messages/en/metrics.ts';
import { petitionsEn } from './messages/en/petitions.ts';
import { portalEn } from './messages/en/portal.ts';
import { profileEn } from './messages/en/profile.ts';
import { rankingPanelsEn } from './messages/en/ranking-panels.ts';
import { rankingEn } from './messages/en/ranking.ts';
import { uploadEn } from './messages/en/upload.ts';
import { urlStateEn } from './messages/en/url-state.ts';
import type { TranslationOf } from './plural.ts';
import type { vi } from './vi.ts';

/**
 * English, typed against the Vietnamese source: a missing key, or a plural message without its
 * `one` and `other` forms, fails the type check.
 */
export const en: TranslationOf<typeof vi> = {
  ...commonEn,
  ...rankingEn,
  ...rankingPanelsEn,
  ...portalEn,
  ...profileEn,
  ...dossiersEn,
  ...petitionsEn,
  ...dataEn,
  ...sqlConsoleEn,
  ...methodologyEn,
  ...metricsEn,
  ...urlStateEn,
  ...shareEn,
  ...uploadEn,
  ...a11yEn,
  ...exportsEn,
};
