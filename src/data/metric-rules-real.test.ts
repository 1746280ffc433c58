import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOSSIER_ON_TIME,
  METRIC_SPECS,
  metricSpecOf,
  ONLINE_PAYMENT,
  PROVIDE_ONLINE,
  scoreByRule,
} from './metric-rules.ts';

// The portal's real responses, read beside the repository and never copied in; skipped without.
const FOLDER = path.resolve(import.meta.dirname, '../../../shared/data/dvcqg/phu-tho-api');
const present = existsSync(FOLDER);

/** Published scores are rounded to 0.01, ratios to 0.01 % (0.1 % for TTTT): their sum. */
const TOLERANCE = 0.01 + 1e-9;

interface Row {
  readonly file: string;
  readonly code: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly ratio: number | null;
  readonly score: number | null;
  readonly max: number;
}

type Json = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const num = (record: Json, key: string): number | null => {
  const value = record[key];
  return typeof value === 'number' ? value : null;
};

/** Tree responses publish no sub-indicators: one row per unit, coded as the app codes them. */
const TREE_CODES: Readonly<Record<string, string>> = {
  'dvc-progress-tree': DOSSIER_ON_TIME,
  'provide-online-tree': PROVIDE_ONLINE,
  'formality-online-payment-tree': ONLINE_PAYMENT,
};

function readRows(): Row[] {
  const rows: Row[] = [];
  for (const file of readdirSync(FOLDER).filter((name) => name.endsWith('.json'))) {
    const json: unknown = JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8'));
    const data = isRecord(json) && isRecord(json.data) ? json.data : {};
    for (const unit of records(data.evaluation)) {
      for (const metric of records(unit.metrics)) {
        rows.push({
          file,
          code: String(metric.code),
          numerator: num(metric, 'numerator'),
          denominator: num(metric, 'denominator'),
          ratio: num(metric, 'ratio'),
          score: num(metric, 'score'),
          max: num(metric, 'maxScore') ?? NaN,
        });
      }
    }
    const code = Object.entries(TREE_CODES).find(([endpoint]) => file.startsWith(endpoint))?.[1];
    if (code === undefined) continue;
    for (const unit of records(data.children)) {
      rows.push({
        file,
        code,
        numerator: num(unit, 'totalOnTime'),
        denominator: num(unit, 'totalReceived'),
        ratio: num(unit, 'ratio'),
        score: num(unit, 'score') ?? num(unit, 'totalScore'),
        max: num(unit, 'maxScore') ?? num(unit, 'totalMaxScore') ?? NaN,
      });
    }
  }
  return rows;
}

describe.skipIf(!present)('each stated rule, on the portal’s real responses (Phú Thọ)', () => {
  const rows = present ? readRows() : [];
  const of = (code: string) => rows.filter((row) => row.code === code);

  it('reads every file, and knows every code with its maximum', () => {
    expect(new Set(rows.map((row) => row.file)).size).toBe(22);
    for (const row of rows) expect(metricSpecOf(row.code)?.max, row.code).toBe(row.max);
  });

  for (const spec of METRIC_SPECS) {
    const { rule } = spec;
    if (rule === null) continue;
    it(`${spec.code}: score = ${String(spec.max)} × min(1, ratio ÷ ${String(rule.threshold)} %) for every unit with something to count`, () => {
      const counted = of(spec.code).filter((row) => row.denominator !== 0);
      const scored = counted.filter((row) => row.score !== null && row.ratio !== null);
      expect(scored.length).toBeGreaterThan(0);
      // Every unit with something to count has a score and a ratio.
      expect(scored.length).toBe(counted.length);
      for (const row of scored) {
        const expected = scoreByRule(rule, row.ratio ?? NaN, row.max);
        expect(Math.abs(expected - (row.score ?? NaN)), JSON.stringify(row)).toBeLessThanOrEqual(
          TOLERANCE,
        );
      }
      // The rule is told by scores between 0 and the maximum, not only by all-or-nothing ones.
      const partial = scored.filter((row) => (row.score ?? 0) > 0 && (row.score ?? 0) < row.max);
      expect(partial.length).toBeGreaterThanOrEqual(4);
    });
  }

  it('the ratio is numerator ÷ denominator wherever both are published', () => {
    const counted = rows.filter(
      (row) =>
        row.ratio !== null &&
        row.numerator !== null &&
        row.denominator !== null &&
        row.denominator > 0,
    );
    expect(counted.length).toBeGreaterThan(1000);
    for (const row of counted) {
      const share = (100 * (row.numerator ?? NaN)) / (row.denominator ?? NaN);
      expect(Math.abs(share - (row.ratio ?? NaN)), JSON.stringify(row)).toBeLessThanOrEqual(0.006);
    }
  });

  it('petitions: with none to count, the portal gives the full points', () => {
    for (const spec of METRIC_SPECS.filter((candidate) => candidate.rule?.whenNone === 'full')) {
      const none = of(spec.code).filter((row) => row.denominator === 0);
      expect(none.length, spec.code).toBeGreaterThan(0);
      expect(none.every((row) => row.score === spec.max)).toBe(true);
    }
  });

  it('no rule is stated where every unit has the same ratio, and max-0 rows carry no score', () => {
    for (const spec of METRIC_SPECS.filter((candidate) => candidate.rule === null)) {
      const published = of(spec.code);
      expect(published.length, spec.code).toBeGreaterThan(0);
      if (spec.max === 0) {
        expect(published.every((row) => row.score === null)).toBe(true);
        continue;
      }
      const ratios = new Set(published.filter((row) => row.score !== null).map((row) => row.ratio));
      expect(ratios.size, spec.code).toBe(1);
    }
  });
});
