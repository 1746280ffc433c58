import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { QueryFallback } from '../../components/query-state.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';

import { usePageSearch } from '../../routing/use-search-params.ts';
import { COMMUNE_SEARCH } from '../../state/page-search.ts';
import { CommuneProfile } from './commune-profile.tsx';
import { UnitPicker } from './unit-picker.tsx';
import './commune-profile.css';
import './commune-profile-print.css';

/**
 * `?view=commune&code=<5 digits>`: one unit's profile; without a valid known code, a search
 * box and the list of all units, grouped by type.
 */
export function CommuneProfileView() {
  const [search, setParams] = usePageSearch(COMMUNE_SEARCH);
  const { code } = search.state;
  // The code as typed, valid or not, so the picker can say which one matched no unit.
  const requested = search.invalid.find((param) => param.name === 'code')?.raw ?? code;
  const units = useQuestion(QUESTIONS.units);
  // The profile's unit names the page in the document title.
  useDocumentTitle(units.data?.find((entry) => entry.code === code)?.name ?? null);
  const onSelect = (next: string) => {
    setParams({ code: next });
    window.scrollTo({ top: 0 });
  };

  if (units.data === undefined) return <QueryFallback queries={[units]} />;
  const unit = code === null ? undefined : units.data.find((entry) => entry.code === code);
  return (
    <div className="commune-profile">
      {unit === undefined ? (
        <UnitPicker units={units.data} onSelect={onSelect} unknownCode={requested} />
      ) : (
        <CommuneProfile unit={unit} units={units.data} onSelect={onSelect} />
      )}
    </div>
  );
}
