import { a11yEn } from './messages/a11y.ts';
import { commonEn } from './messages/common.ts';
import { dataEn } from './messages/data-view.ts';
import { shareEn } from './messages/share.ts';
import { sqlConsoleEn } from './messages/sql-console.ts';
import { exportsEn } from './messages/exports.ts';
import { dossiersEn } from './messages/dossiers.ts';
import { methodologyEn } from './messages/methodology.ts';
import { metricsEn } from './messages/metrics.ts';
import { petitionsEn } from './messages/petitions.ts';
import { portalEn } from './messages/portal.ts';
import { profileEn } from './messages/profile.ts';
import { rankingPanelsEn } from './messages/ranking-panels.ts';
import { rankingEn } from './messages/ranking.ts';
import { uploadEn } from './messages/upload.ts';
import { urlStateEn } from './messages/url-state.ts';
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
