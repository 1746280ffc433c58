import { a11yVi } from './messages/a11y.ts';
import { commonVi } from './messages/common.ts';
import { dataVi } from './messages/data-view.ts';
import { shareVi } from './messages/share.ts';
import { sqlConsoleVi } from './messages/sql-console.ts';
import { exportsVi } from './messages/exports.ts';
import { dossiersVi } from './messages/dossiers.ts';
import { methodologyVi } from './messages/methodology.ts';
import { metricsVi } from './messages/metrics.ts';
import { petitionsVi } from './messages/petitions.ts';
import { portalVi } from './messages/portal.ts';
import { profileVi } from './messages/profile.ts';
import { rankingPanelsVi } from './messages/ranking-panels.ts';
import { rankingVi } from './messages/ranking.ts';
import { uploadVi } from './messages/upload.ts';
import { urlStateVi } from './messages/url-state.ts';

/**
 * The source catalogue (Vietnamese), merged from one file per area so that each view owns its
 * messages. `{name}` placeholders are filled by `translate`.
 */
export const vi = {
  ...commonVi,
  ...rankingVi,
  ...rankingPanelsVi,
  ...portalVi,
  ...profileVi,
  ...dossiersVi,
  ...petitionsVi,
  ...dataVi,
  ...sqlConsoleVi,
  ...methodologyVi,
  ...metricsVi,
  ...urlStateVi,
  ...shareVi,
  ...uploadVi,
  ...a11yVi,
  ...exportsVi,
} as const;

export type MessageKey = keyof typeof vi;

/** The keys of plural messages (`{ other: … }` in Vietnamese): `t` requires their `count`. */
export type PluralKey = {
  [K in MessageKey]: (typeof vi)[K] extends string ? never : K;
}[MessageKey];
