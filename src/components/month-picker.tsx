import { useId, useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';

interface MonthPickerProps {
  /** Available months, `YYYY-MM`, oldest first. */
  readonly months: readonly string[];
  readonly value: string;
  readonly onChange: (month: string) => void;
  /** The label when the points are not all months (a year to date, a period's snapshots). */
  readonly label?: string | null;
}

/** A labelled select of months, newest first, with previous/next buttons. */
export function MonthPicker({ months, value, onChange, label = null }: MonthPickerProps) {
  const { t, format } = useI18n();
  const id = useId();
  const index = months.indexOf(value);
  const previous = index > 0 ? months[index - 1] : undefined;
  const next = index >= 0 && index < months.length - 1 ? months[index + 1] : undefined;
  // The options change with the months and the language, not with the month chosen.
  const options = useMemo(
    () =>
      [...months].reverse().map((month) => (
        <option key={month} value={month}>
          {format.month(month)}
        </option>
      )),
    [months, format],
  );
  return (
    <div className="month-picker">
      <label htmlFor={id}>{label ?? t('ranking.month')}</label>
      <button
        type="button"
        aria-label={t('month.previous')}
        disabled={previous === undefined}
        onClick={() => {
          if (previous !== undefined) onChange(previous);
        }}
      >
        ‹
      </button>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options}
      </select>
      <button
        type="button"
        aria-label={t('month.next')}
        disabled={next === undefined}
        onClick={() => {
          if (next !== undefined) onChange(next);
        }}
      >
        ›
      </button>
    </div>
  );
}
