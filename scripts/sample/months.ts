/** First month of the sample: the two-tier local government started on 1 July 2025. */
export const FIRST_SAMPLE_MONTH = '2025-07';
export const SAMPLE_MONTH_COUNT = 16;

/** `count` consecutive months as `YYYY-MM`, starting at `first`. */
export function monthSequence(first: string, count: number): string[] {
  const { year, month } = parseMonth(first);
  return Array.from({ length: count }, (_, offset) => {
    const index = year * 12 + (month - 1) + offset;
    return formatMonth(Math.floor(index / 12), (index % 12) + 1);
  });
}

export const SAMPLE_MONTHS: readonly string[] = monthSequence(
  FIRST_SAMPLE_MONTH,
  SAMPLE_MONTH_COUNT,
);

/** The month's last day as `YYYY-MM-DD`: the day a month's running score is snapshotted. */
export function lastDayOfMonth(month: string): string {
  const { year, month: monthNumber } = parseMonth(month);
  return `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, '0')}`;
}

/** Calendar month number, 1–12. */
export function monthNumberOf(month: string): number {
  return parseMonth(month).month;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function parseMonth(text: string): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new Error(`Not a YYYY-MM month: "${text}"`);
  return { year, month };
}

function formatMonth(year: number, month: number): string {
  return `${String(year)}-${String(month).padStart(2, '0')}`;
}
