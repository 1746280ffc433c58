import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import { useSearchParams } from '../../routing/use-search-params.ts';
import { parseCode } from '../../state/route.ts';
import { CommuneProfile } from './commune-profile.tsx';
import { UnitPicker } from './unit-picker.tsx';
import './commune-profile.css';
import './commune-profile-print.css';

interface CommuneProfileViewProps {
  readonly synthetic: boolean;
}

/**
 * `?view=commune&code=<5 digits>`: one unit's profile; without a valid known code, a search
 * box and the list of all units, grouped by type.
 */
export function CommuneProfileView({ synthetic }: CommuneProfileViewProps) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const requested = params.get('code');
  const code = parseCode(requested);
  const units = useQuestion(QUESTIONS.units);
  const onSelect = (next: string) => {
    setParams({ code: next });
    window.scrollTo({ top: 0 });
  };

  if (units.isError) {
    return (
      <StatusMessage kind="error" title={t('query.failed')}>
        <ErrorDetails error={units.error} summary={t('load.detail')} />
      </StatusMessage>
    );
  }
  if (units.data === undefined) {
    return <StatusMessage kind="loading" title={t('load.starting')} />;
  }
  const unit = code === null ? undefined : units.data.find((entry) => entry.code === code);
  return (
    <div className="commune-profile">
      {unit === undefined ? (
        <UnitPicker
          units={units.data}
          onSelect={onSelect}
          unknownCode={requested === null || requested === '' ? null : requested}
        />
      ) : (
        <CommuneProfile unit={unit} units={units.data} synthetic={synthetic} onSelect={onSelect} />
      )}
    </div>
  );
}
