import type { GroupKey } from '../../data/index-groups.ts';

/** The portal's evaluation endpoint of each group of the 766 index (one response per group). */
export const PORTAL_ENDPOINTS: Readonly<Record<GroupKey, string>> = {
  ckmb: 'transparency',
  tdgq: 'dvc-progress-tree',
  dvctt: 'provide-online-tree',
  tttt: 'formality-online-payment-tree',
  mdsh: 'dossier-digitized',
  mdhl: 'handling-satisfaction',
};

/** Group keys as a crawler's `groupScores` name them (CLGQ: the online group in an overview). */
export const CRAWLER_GROUP_KEYS: Readonly<Record<string, GroupKey>> = {
  CKMB: 'ckmb',
  TDGQ: 'tdgq',
  ONLINE: 'dvctt',
  DVCTT: 'dvctt',
  CLGQ: 'dvctt',
  TTTT: 'tttt',
  MDSH: 'mdsh',
  MDHL: 'mdhl',
};

/** Sub-indicator codes that identify the group of an evaluation-shape response. */
const METRIC_GROUPS: Readonly<Record<string, GroupKey>> = {
  PUBLISH_ON_TIME: 'ckmb',
  PUBLIC_UPDATE_ON_TIME: 'ckmb',
  PUBLIC_CONTENT_FULL: 'ckmb',
  DOSSIER_SYNC: 'ckmb',
  PETITION_CLASSIFICATION_TTHC: 'mdhl',
  DOSSIER_RECEIVING_SATISFACTION: 'mdhl',
  PETITION_PROCESSING_ON_TIME: 'mdhl',
  PETITION_HANDLING_SATISFACTION: 'mdhl',
  PETITION_CLASSIFICATION_STAFF: 'mdhl',
  ORIGINAL_RESULT_AVAILABLE: 'mdsh',
  SO_HOA_GIAY_TO_GIAI_QUYET: 'mdsh',
  REUSED_DIGITIZED_DATA: 'mdsh',
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: 'mdsh',
  CITIZEN_DATA_CONNECTED_DOSSIER: 'mdsh',
  CITIZEN_DATA_CONNECTED_FORMALITY: 'mdsh',
  ELECTRONIC_CERTIFIED_COPY: 'mdsh',
};

/** The group a sub-indicator code belongs to, if it is one the portal is known to publish. */
export function groupOfMetric(code: string): GroupKey | undefined {
  return METRIC_GROUPS[code];
}

/** The group a file name names by its endpoint ("dvc-progress-tree-year-all.json"), if any. */
export function groupOfFileName(fileName: string): GroupKey | undefined {
  const base = fileName.toLowerCase().replace(/^.*[\\/]/, '');
  // Longest endpoint first: "provide-online-tree" must not be read as a shorter name.
  const byLength = Object.entries(PORTAL_ENDPOINTS).sort((a, b) => b[1].length - a[1].length);
  return byLength.find(([, endpoint]) => base.includes(endpoint))?.[0] as GroupKey | undefined;
}
