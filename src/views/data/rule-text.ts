import type { ColumnRule } from '../../data/data-dictionary.ts';
import type { Format } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/translate.ts';

/** What wording a rule or an issue needs: the page's messages and number formats. */
export interface WordingContext {
  readonly t: Translate;
  readonly format: Format;
}

const MAX_DECIMALS = 6;

/** A bound or a figure with exactly the decimals it has (vi-VN: `18`, `0,01`, `2.147.483.647`). */
export function numberText(value: number, format: Format): string {
  if (Number.isInteger(value)) return format.integer(value);
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? MAX_DECIMALS;
  return format.decimal(value, Math.min(decimals, MAX_DECIMALS));
}

/** The values of a list, each with the labels also accepted for it: `xa (hoặc Xã), dac_khu`. */
export function valuesText(
  values: readonly string[],
  labels: Readonly<Record<string, readonly string[]>>,
  t: Translate,
): string {
  return values
    .map((value) => {
      const accepted = labels[value] ?? [];
      return accepted.length === 0
        ? value
        : t('rule.valueLabels', { value, labels: accepted.join(', ') });
    })
    .join(', ');
}

/** A dictionary rule in the page's language. */
export function ruleText(rule: ColumnRule, { t, format }: WordingContext): string {
  switch (rule.kind) {
    case 'code':
    case 'text':
    case 'period':
    case 'month':
    case 'date':
    case 'count':
      return t(`rule.${rule.kind}`);
    case 'values':
      return t('rule.values', { values: valuesText(rule.values, rule.labels, t) });
    case 'range':
      return rule.max === null
        ? t('rule.rangeFrom', { min: numberText(rule.min, format) })
        : t('rule.range', { min: numberText(rule.min, format), max: numberText(rule.max, format) });
  }
}
