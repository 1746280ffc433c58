import { useId } from 'react';
import { UNIT_TYPES, type UnitType } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { formatFormerDistrict } from '../i18n/vietnamese-names.ts';
import './unit-filters.css';

/** The selection: a unit type and a former district, each null for all. */
export interface UnitFilterValue {
  readonly type: UnitType | null;
  readonly district: string | null;
}

interface UnitFiltersProps {
  readonly filter: UnitFilterValue;
  readonly districts: readonly string[];
  /** Given the page's schema setter: `type` and `district` are declared by every page with filters. */
  readonly onChange: (patch: Partial<UnitFilterValue>) => void;
}

/**
 * Unit type and former district selects, shared by every page that filters units; both write
 * to the URL (`type`, `district`). A unit matches a district when any of its former districts
 * does (the query decides that).
 */
export function UnitFilters({ filter, districts, onChange }: UnitFiltersProps) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <div className="unit-filters">
      <div className="control">
        <label htmlFor={`${id}-type`}>{t('unitFilter.type')}</label>
        <select
          id={`${id}-type`}
          value={filter.type ?? ''}
          onChange={(event) => {
            onChange({ type: UNIT_TYPES.find((type) => type === event.target.value) ?? null });
          }}
        >
          <option value="">{t('unitFilter.allTypes')}</option>
          {UNIT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-district`}>{t('unitFilter.district')}</label>
        <select
          id={`${id}-district`}
          className="district-select"
          value={filter.district ?? ''}
          onChange={(event) => {
            onChange({ district: event.target.value === '' ? null : event.target.value });
          }}
        >
          <option value="">{t('unitFilter.allDistricts')}</option>
          {districts.map((district) => (
            // An <option> cannot hold a <span lang>: it is marked Vietnamese, as its names are.
            <option key={district} value={district} lang="vi">
              {formatFormerDistrict(district, locale)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
