import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { PetitionParams } from '../../state/page-search.ts';

interface PeriodPickerProps {
  /** Available months, oldest first. */
  readonly months: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly onChange: (patch: Partial<PetitionParams>) => void;
}

/** From/to month selects (`from`, `to` in the URL) and an "all months" reset. */
export function PeriodPicker({ months, from, to, onChange }: PeriodPickerProps) {
  const { t, format } = useI18n();
  const id = useId();
  const all = from === months[0] && to === months.at(-1);
  const options = months.map((month) => (
    <option key={month} value={month}>
      {format.month(month)}
    </option>
  ));
  return (
    <div className="period-picker">
      <label htmlFor={`${id}-from`}>{t('petitions.from')}</label>
      <select
        id={`${id}-from`}
        value={from}
        onChange={(event) => {
          onChange({ from: event.target.value });
        }}
      >
        {options}
      </select>
      <label htmlFor={`${id}-to`}>{t('petitions.to')}</label>
      <select
        id={`${id}-to`}
        value={to}
        onChange={(event) => {
          onChange({ to: event.target.value });
        }}
      >
        {options}
      </select>
      <button
        type="button"
        aria-pressed={all}
        onClick={() => {
          onChange({ from: null, to: null });
        }}
      >
        {t('petitions.allMonths')}
      </button>
    </div>
  );
}
