import { INTL_LOCALE, type Locale } from './locale.ts';

/** All number, percent and date formatting of the app, per locale. */
export interface Format {
  /** A score or decimal figure with a fixed number of decimals (vi-VN: `86,25`). */
  readonly decimal: (value: number, digits?: number) => string;
  /** A count with thousands separators (vi-VN: `1.052`). */
  readonly integer: (value: number) => string;
  /** A ratio in [0, 1] as a percent (vi-VN: `97,85 %`); null or NaN gives an em dash. */
  readonly percent: (ratio: number | null, digits?: number) => string;
  /** `2026-10` as `Tháng 10/2026` / `October 2026`. */
  readonly month: (period: string) => string;
  /** `2026-10-31` as `31/10/2026` / `31 Oct 2026`. */
  readonly date: (isoDate: string) => string;
  /** An instant (`2026-12-01T07:32:00Z`) in the reader's own time zone: `14:32 01/12/2026`. */
  readonly dateTime: (isoInstant: string) => string;
}

const DASH = '—';
/** Formatted figures kept per number of decimals (a month of a province's units, several times). */
const DECIMAL_TEXTS_MAX = 20_000;

export function createFormat(locale: Locale): Format {
  const tag = INTL_LOCALE[locale];
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimalFormat = (digits: number) => {
    let format = decimals.get(digits);
    if (format === undefined) {
      format = new Intl.NumberFormat(tag, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      decimals.set(digits, format);
    }
    return format;
  };
  // A table of 94 units formats some 700 figures on every switch, mostly the same ones as the
  // switch before; `Intl.NumberFormat.format` costs microseconds each, a lookup nanoseconds.
  const decimalTexts = new Map<number, Map<number, string>>();
  const decimal = (value: number, digits = 2): string => {
    let texts = decimalTexts.get(digits);
    if (texts === undefined) {
      texts = new Map();
      decimalTexts.set(digits, texts);
    }
    // -0 and 0 are one key of a Map, but Intl writes "-0,00" for the first.
    if (Object.is(value, -0)) return decimalFormat(digits).format(value);
    let text = texts.get(value);
    if (text === undefined) {
      if (texts.size >= DECIMAL_TEXTS_MAX) texts.clear();
      text = decimalFormat(digits).format(value);
      texts.set(value, text);
    }
    return text;
  };
  const integerFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const monthFormat = new Intl.DateTimeFormat(tag, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateFormat = new Intl.DateTimeFormat(tag, {
    day: '2-digit',
    month: locale === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // The reader's own zone: "loaded at" is a moment of theirs, not a calendar date of the data.
  const dateTimeFormat = new Intl.DateTimeFormat(tag, {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

  const formatPeriod = (period: string): string => {
    if (/^\d{4}$/.test(period)) return locale === 'vi' ? `Năm ${period}` : `Year ${period}`;
    const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
    if (quarter !== null) {
      return locale === 'vi'
        ? `Quý ${quarter[2] ?? ''}/${quarter[1] ?? ''}`
        : `Q${quarter[2] ?? ''} ${quarter[1] ?? ''}`;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(period)) {
      const at = Date.parse(`${period}T00:00:00Z`);
      return Number.isNaN(at) ? period : dateFormat.format(new Date(at));
    }
    const [year, month] = period.split('-').map(Number);
    if (year === undefined || month === undefined || Number.isNaN(year + month)) return period;
    if (locale === 'vi') return `Tháng ${month}/${year}`;
    return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
  };

  return {
    decimal,
    integer: (value) => integerFormat.format(value),
    percent: (ratio, digits = 2) =>
      ratio === null || !Number.isFinite(ratio)
        ? DASH
        : `${decimalFormat(digits).format(ratio * 100)}${locale === 'vi' ? ' %' : '%'}`,
    month: (period) => {
      // Any point of a timeline: a month, a quarter, a year to date, a day, or a period's snapshot.
      const [head = '', day] = period.split('@');
      if (day !== undefined) {
        const at = Date.parse(`${day}T00:00:00Z`);
        if (Number.isNaN(at)) return period;
        const date = dateFormat.format(new Date(at));
        return `${formatPeriod(head)}${locale === 'vi' ? ', ngày ' : ', as of '}${date}`;
      }
      return formatPeriod(head);
    },
    date: (isoDate) => {
      const time = Date.parse(`${isoDate}T00:00:00Z`);
      return Number.isNaN(time) ? isoDate : dateFormat.format(new Date(time));
    },
    dateTime: (isoInstant) => {
      const time = Date.parse(isoInstant);
      return Number.isNaN(time) ? isoInstant : dateTimeFormat.format(new Date(time));
    },
  };
}

/** `2026-07` → `7/26`: short enough for 16 ticks in one row; tooltips use the full month. */
export function shortMonth(period: string): string {
  const day = /^(?:[^@]*@)?(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (day !== null) return `${String(Number(day[3]))}/${String(Number(day[2]))}`;
  if (/^\d{4}$/.test(period)) return period;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter !== null) return `Q${quarter[2] ?? ''}/${(quarter[1] ?? '').slice(2)}`;
  const [year = '', month = ''] = period.split('-');
  return `${String(Number(month))}/${year.slice(2)}`;
}

/** `+1,70` / `−0,40` / `0,00`: signed, with a true minus sign. */
export function formatSigned(value: number, ctx: { readonly format: Format }): string {
  const text = ctx.format.decimal(Math.abs(value));
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return text;
}
