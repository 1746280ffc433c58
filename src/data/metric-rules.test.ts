import { describe, expect, it } from 'vitest';
import { INDEX_GROUPS } from './index-groups.ts';
import {
  METRIC_SPECS,
  metricOrderOf,
  metricRuleOf,
  metricSpecOf,
  scoreByRule,
  type MetricRule,
} from './metric-rules.ts';

const rule = (threshold: number): MetricRule => ({ threshold, source: { vi: 'v', en: 'e' } });

describe('metric rules', () => {
  it('lists each code once, within its group’s maximum, the groups summing to their maxima', () => {
    const codes = METRIC_SPECS.map((spec) => spec.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const group of INDEX_GROUPS) {
      const sum = METRIC_SPECS.filter((spec) => spec.group === group.key).reduce(
        (total, spec) => total + spec.max,
        0,
      );
      expect(sum, group.key).toBe(group.max);
    }
  });

  it('states the thresholds measured on the portal’s scores, and none where they cannot tell', () => {
    expect(metricRuleOf('DOSSIER_ON_TIME')?.threshold).toBe(100);
    expect(metricRuleOf('DOSSIER_RECEIVING_SATISFACTION')?.threshold).toBe(90);
    expect(metricRuleOf('REUSED_DIGITIZED_DATA')?.threshold).toBe(80);
    expect(metricRuleOf('PETITION_PROCESSING_ON_TIME')?.whenNone).toBe('full');
    expect(metricRuleOf('DOSSIER_SYNC')).toBeNull();
    expect(metricRuleOf('NOT_A_CODE')).toBeNull();
    expect(metricSpecOf('NOT_A_CODE')).toBeUndefined();
    expect(metricOrderOf('PUBLISH_ON_TIME')).toBe(0);
    expect(metricOrderOf('NOT_A_CODE')).toBe(METRIC_SPECS.length);
  });

  it('scores in proportion below the threshold and the maximum from it', () => {
    expect(scoreByRule(rule(90), 45, 6)).toBe(3);
    expect(scoreByRule(rule(90), 95, 6)).toBe(6);
    expect(scoreByRule(rule(100), -1, 6)).toBe(0);
  });
});
