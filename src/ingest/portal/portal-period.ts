import type { PeriodType } from '../../data/schema.ts';
import { numberField, stringField, type JsonRecord } from './portal-json.ts';

/** The period label of the project's datasets: `2026`, `2026-Q3`, `2026-08`. */
export function periodLabel(type: PeriodType, year: number, part: number | null): string | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  if (type === 'year') return String(year);
  if (part === null || !Number.isInteger(part)) return null;
  if (type === 'quarter') return part >= 1 && part <= 4 ? `${String(year)}-Q${String(part)}` : null;
  return part >= 1 && part <= 12 ? `${String(year)}-${String(part).padStart(2, '0')}` : null;
}

/** A crawler's `runDateStr` (`DDMMYYYY`) as `YYYY-MM-DD`, or null if it is not a real day. */
export function runDate(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (match === null) return null;
  const [, day, month, year] = match;
  const iso = `${year ?? ''}-${month ?? ''}-${day ?? ''}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** The period of a crawler's `metadata` (`timeType`, `year`, `period`), or null. */
export function metadataPeriod(
  metadata: JsonRecord,
): { readonly periodType: PeriodType; readonly period: string } | null {
  const type = stringField(metadata, 'timeType');
  const year = numberField(metadata, 'year');
  if (year === null || (type !== 'year' && type !== 'quarter' && type !== 'month')) return null;
  const period = periodLabel(type, year, numberField(metadata, 'period'));
  return period === null ? null : { periodType: type, period };
}
