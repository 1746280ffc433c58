import type { Format } from '../../i18n/format.ts';

/** A change with its sign: `+2,40`, `−1,25` (true minus sign), `0,00`. */
export function signedDecimal(format: Format, value: number): string {
  if (value > 0) return `+${format.decimal(value)}`;
  if (value < 0) return `−${format.decimal(-value)}`;
  return format.decimal(0);
}

/** A whole-number change with its sign: `+3`, `−1`, `0`. */
export function signedInteger(format: Format, value: number): string {
  if (value > 0) return `+${format.integer(value)}`;
  if (value < 0) return `−${format.integer(-value)}`;
  return '0';
}
