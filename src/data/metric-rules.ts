import type { GroupKey } from './index-groups.ts';

/** A text in both languages of the page (data/ holds no catalogue; the view picks one). */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * How a sub-indicator earns its points: `max × min(1, ratio ÷ threshold)`, the ratio in percent
 * of the sub-indicator's own numerator and denominator.
 */
export interface MetricRule {
  /** The ratio (percent) from which the sub-indicator earns its maximum. */
  readonly threshold: number;
  readonly source: Bilingual;
  /** What the portal scores with nothing to count (denominator 0), where its data show it. */
  readonly whenNone?: 'full';
}

/** A sub-indicator the portal publishes: its group, its maximum and its rule (null: unknown). */
export interface MetricSpec {
  readonly code: string;
  readonly group: GroupKey;
  readonly max: number;
  readonly rule: MetricRule | null;
}

/** The importer's code of the TDGQ row it makes from the response's dossier totals. */
export const DOSSIER_ON_TIME = 'DOSSIER_ON_TIME';
/**
 * Codes for the DVCTT and TTTT groups as one row each: their tree responses publish only the
 * group's score and ratio (`ratio` = score ÷ maximum), no sub-indicators.
 */
export const PROVIDE_ONLINE = 'PROVIDE_ONLINE';
export const ONLINE_PAYMENT = 'ONLINE_PAYMENT';

const FITS_PORTAL: Bilingual = {
  vi: 'Quyết định 766/QĐ-TTg; ngưỡng khớp với điểm Cổng DVCQG công bố (Phú Thọ, 2026)',
  en: 'Decision 766/QD-TTg; the threshold matches the scores the national portal published (Phú Thọ, 2026)',
};

const GROUP_RATIO: Bilingual = {
  vi: 'Quyết định 766/QĐ-TTg; Cổng DVCQG chỉ công bố điểm và tỷ lệ của cả nhóm (tỷ lệ = điểm ÷ điểm tối đa), không công bố chỉ tiêu thành phần',
  en: 'Decision 766/QD-TTg; the national portal publishes only the group’s score and ratio (ratio = score ÷ maximum), not its sub-indicators',
};

const proportional = (threshold: number, source = FITS_PORTAL): MetricRule => ({
  threshold,
  source,
});

/**
 * Every sub-indicator the portal publishes, in its order, with the rule its published scores
 * follow. A rule is stated only where the Phú Thọ responses (163 units, month and year, all
 * procedures and one) confirm it for every unit with something to count
 * (`metric-rules-real.test.ts` re-checks each against them); elsewhere it is null, shown as "rule
 * not published": every unit has the same ratio there (all 0 %, all 100 %, or one value for the
 * whole province), so the scores cannot tell the rule.
 */
export const METRIC_SPECS = [
  { code: 'PUBLISH_ON_TIME', group: 'ckmb', max: 6, rule: null },
  { code: 'PUBLIC_UPDATE_ON_TIME', group: 'ckmb', max: 4, rule: null },
  { code: 'PUBLIC_CONTENT_FULL', group: 'ckmb', max: 2, rule: null },
  { code: 'DOSSIER_SYNC', group: 'ckmb', max: 6, rule: null },
  { code: DOSSIER_ON_TIME, group: 'tdgq', max: 20, rule: proportional(100) },
  { code: PROVIDE_ONLINE, group: 'dvctt', max: 12, rule: proportional(100, GROUP_RATIO) },
  { code: ONLINE_PAYMENT, group: 'tttt', max: 10, rule: proportional(100, GROUP_RATIO) },
  { code: 'ORIGINAL_RESULT_AVAILABLE', group: 'mdsh', max: 6, rule: proportional(100) },
  { code: 'SO_HOA_GIAY_TO_GIAI_QUYET', group: 'mdsh', max: 4, rule: proportional(100) },
  { code: 'REUSED_DIGITIZED_DATA', group: 'mdsh', max: 2, rule: proportional(80) },
  { code: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', group: 'mdsh', max: 4, rule: null },
  { code: 'CITIZEN_DATA_CONNECTED_DOSSIER', group: 'mdsh', max: 2, rule: proportional(100) },
  { code: 'CITIZEN_DATA_CONNECTED_FORMALITY', group: 'mdsh', max: 2, rule: proportional(100) },
  { code: 'ELECTRONIC_CERTIFIED_COPY', group: 'mdsh', max: 2, rule: null },
  { code: 'PETITION_CLASSIFICATION_TTHC', group: 'mdhl', max: 0, rule: null },
  { code: 'DOSSIER_RECEIVING_SATISFACTION', group: 'mdhl', max: 6, rule: proportional(90) },
  {
    code: 'PETITION_PROCESSING_ON_TIME',
    group: 'mdhl',
    max: 6,
    rule: { ...proportional(100), whenNone: 'full' },
  },
  {
    code: 'PETITION_HANDLING_SATISFACTION',
    group: 'mdhl',
    max: 6,
    rule: { ...proportional(100), whenNone: 'full' },
  },
  { code: 'PETITION_CLASSIFICATION_STAFF', group: 'mdhl', max: 0, rule: null },
] as const satisfies readonly MetricSpec[];

export type MetricCode = (typeof METRIC_SPECS)[number]['code'];

const BY_CODE: ReadonlyMap<string, MetricSpec> = new Map(
  METRIC_SPECS.map((spec) => [spec.code, spec]),
);

export function isMetricCode(code: string): code is MetricCode {
  return BY_CODE.has(code);
}

/** The spec of a published code; undefined for a code the portal is not known to publish. */
export function metricSpecOf(code: string): MetricSpec | undefined {
  return BY_CODE.get(code);
}

/** The rule of a sub-indicator, or null when it is not published (or the code is unknown). */
export function metricRuleOf(code: string): MetricRule | null {
  return BY_CODE.get(code)?.rule ?? null;
}

/** The position of a code in the portal's order (unknown codes last), for sorting rows. */
export function metricOrderOf(code: string): number {
  const index = METRIC_SPECS.findIndex((spec) => spec.code === code);
  return index === -1 ? METRIC_SPECS.length : index;
}

/** The points a ratio (percent) earns by a rule, unrounded: `max × min(1, ratio ÷ threshold)`. */
export function scoreByRule(rule: MetricRule, ratio: number, max: number): number {
  return max * Math.min(1, Math.max(0, ratio) / rule.threshold);
}
