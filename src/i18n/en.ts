import { commonEn } from './messages/common.ts';
import { dataEn } from './messages/data-view.ts';
import { dossiersEn } from './messages/dossiers.ts';
import { methodologyEn } from './messages/methodology.ts';
import { petitionsEn } from './messages/petitions.ts';
import { profileEn } from './messages/profile.ts';
import { rankingEn } from './messages/ranking.ts';
import { uploadEn } from './messages/upload.ts';
import { urlStateEn } from './messages/url-state.ts';
import type { MessageKey } from './vi.ts';

/** English, typed against the Vietnamese source: a missing key fails the type check. */
export const en: Readonly<Record<MessageKey, string>> = {
  ...commonEn,
  ...rankingEn,
  ...profileEn,
  ...dossiersEn,
  ...petitionsEn,
  ...dataEn,
  ...methodologyEn,
  ...urlStateEn,
  ...uploadEn,
};
