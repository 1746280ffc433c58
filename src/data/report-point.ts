import type { PeriodType } from './schema.ts';

/**
 * A point of a timeline, as views, URLs and question keys carry it: a period at its latest
 * snapshot (`2026-08` a month, `2026-Q3` a quarter, `2026` a year to date), or one snapshot of
 * a period (`2026@2026-10-10`: the year to date as taken on 10 October), whose neighbours are
 * the period's other snapshots (day over day) instead of the neighbouring periods.
 */
export interface ReportPoint {
  readonly periodType: PeriodType;
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
  readonly period: string;
  /** `YYYY-MM-DD`, or null for the period's latest snapshot. */
  readonly snapshot: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The type of a period label, or null when it is none. */
export function periodTypeOf(period: string): PeriodType | null {
  if (MONTH.test(period)) return 'month';
  if (QUARTER.test(period)) return 'quarter';
  if (YEAR.test(period)) return 'year';
  return null;
}

/** Reads a point key (`2026-08`, `2026-Q3`, `2026`, `2026@2026-10-10`); null when malformed. */
export function parsePointKey(key: string): ReportPoint | null {
  const [period = '', snapshot, extra] = key.split('@');
  const periodType = periodTypeOf(period);
  if (periodType === null || extra !== undefined) return null;
  if (snapshot === undefined) return { periodType, period, snapshot: null };
  return DAY.test(snapshot) ? { periodType, period, snapshot } : null;
}

export function pointKey(point: ReportPoint): string {
  return point.snapshot === null ? point.period : `${point.period}@${point.snapshot}`;
}

/** The calendar period before a period label of any type (`2026-01` → `2025-12`, `2026-Q1` → `2025-Q4`). */
export function previousPeriod(period: string): string {
  const month = MONTH.exec(period);
  if (month !== null) {
    const year = Number(month[1]);
    const index = Number(month[2]) - 2;
    const date = new Date(Date.UTC(year, index, 1));
    return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  const quarter = QUARTER.exec(period);
  if (quarter !== null) {
    const year = Number(quarter[1]);
    const part = Number(quarter[2]);
    return part === 1 ? `${String(year - 1)}-Q4` : `${String(year)}-Q${String(part - 1)}`;
  }
  if (YEAR.test(period)) return String(Number(period) - 1);
  return period;
}

/**
 * The points a question compares: the periods of one type, each at its latest snapshot (month
 * over month, year over year), or every snapshot of one period (day over day).
 */
export type Timeline =
  | { readonly kind: 'periods'; readonly periodType: PeriodType }
  | { readonly kind: 'snapshots'; readonly periodType: PeriodType; readonly period: string };

/** The timeline a point belongs to: its period's snapshots when it names one, else its type's periods. */
export function timelineOf(point: ReportPoint): Timeline {
  return point.snapshot === null
    ? { kind: 'periods', periodType: point.periodType }
    : { kind: 'snapshots', periodType: point.periodType, period: point.period };
}

/** The timeline of a point key, or null when the key is malformed. */
export function timelineOfKey(key: string): Timeline | null {
  const point = parsePointKey(key);
  return point === null ? null : timelineOf(point);
}
