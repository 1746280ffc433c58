import { memo } from 'react';
import { actionName } from '../../components/action-name.ts';
import { FormerDistrictName, VietnameseName } from '../../components/vietnamese-name.tsx';
import type { NamedUnit } from '../../data/unit-order.ts';
import type { UnitType } from '../../data/schema.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { AppLink } from '../../routing/app-link.tsx';
import { COMMUNE_SEARCH } from '../../state/page-search.ts';

/*
 * The cells of a ranking row that say which unit it is and what can be done with it: they do
 * not change with the month, the metric or the filter, so they are memoised on the unit (a
 * month switch re-renders only the figures of its 94 rows, not their links, names and buttons).
 */

interface UnitCellsProps {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistrict: string;
  /**
   * The address's global params (`globalParams`): the link to the profile carries them, so a
   * change of language draws the link again.
   */
  readonly linkScope: string;
}

/** The unit's name (a link to its profile), its type and its former district. */
export const UnitCells = memo(function UnitCells({
  code,
  name,
  type,
  formerDistrict,
}: UnitCellsProps) {
  const { t } = useI18n();
  return (
    <>
      <th scope="row">
        <AppLink to={COMMUNE_SEARCH.to({ code })}>
          <VietnameseName>{name}</VietnameseName>
        </AppLink>
      </th>
      <td>{t(`type.${type}`)}</td>
      <td className="former-district">
        <FormerDistrictName text={formerDistrict} />
      </td>
    </>
  );
});

interface RowActionsProps {
  readonly code: string;
  readonly name: string;
  /** The unit being explained. */
  readonly selected: boolean;
  /** Stable identities (`useStableCallback`), or the memo is of no use. */
  readonly onExplain: (unit: NamedUnit) => void;
  readonly onCompare: (unit: NamedUnit) => void;
}

/** "Phân tích" (why the rank changed) and "So sánh" (add to the comparison). */
export const RowActions = memo(function RowActions({
  code,
  name,
  selected,
  onExplain,
  onCompare,
}: RowActionsProps) {
  const { t } = useI18n();
  return (
    <td className="row-actions">
      <button
        type="button"
        title={t('ranking.why.selectTitle', { name })}
        aria-label={actionName(t, t('ranking.why.select'), name)}
        aria-pressed={selected}
        onClick={() => {
          onExplain({ code, name });
        }}
      >
        {t('ranking.why.select')}
      </button>
      <button
        type="button"
        aria-label={actionName(t, t('ranking.compare.add'), name)}
        title={t('ranking.compare.addTitle', { name })}
        onClick={() => {
          onCompare({ code, name });
        }}
      >
        {t('ranking.compare.add')}
      </button>
    </td>
  );
});
