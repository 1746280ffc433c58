import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { METRIC_SPECS } from '../../data/metric-rules.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

/** The province the rules were measured on, marked `lang="vi"` on the English page. */
const NAMES = ['Phú Thọ'];

const GROUP_CODES = new Map(INDEX_GROUPS.map((group) => [group.key, group.code]));

/** Each sub-indicator's scoring rule (threshold or "not published") and source, from the rules. */
export function MetricRulesSection() {
  const { t, format, locale } = useI18n();
  return (
    <section aria-labelledby="method-metrics-heading" data-testid="method-metric-rules">
      <h3 id="method-metrics-heading">{t('metrics.method.title')}</h3>
      <p>
        <WithVietnameseNames text={t('metrics.method.body')} names={NAMES} />
      </p>
      <TableScroll>
        <table className="data-table method-metric-rules">
          <TableCaption>{t('metrics.method.caption')}</TableCaption>
          <thead>
            <tr>
              <th scope="col">{t('method.index.group')}</th>
              <th scope="col">{t('metrics.method.code')}</th>
              <th scope="col">{t('metrics.method.name')}</th>
              <th scope="col" className="numeric">
                {t('metrics.method.max')}
              </th>
              <th scope="col">{t('metrics.method.rule')}</th>
              <th scope="col">{t('metrics.method.source')}</th>
            </tr>
          </thead>
          <tbody>
            {METRIC_SPECS.map((spec) => {
              const { rule } = spec;
              let ruleText: string;
              if (rule !== null) {
                const threshold = t('metrics.method.threshold', {
                  threshold: format.percent(rule.threshold / 100, 0),
                });
                ruleText =
                  'whenNone' in rule ? `${threshold}; ${t('metrics.method.whenNone')}` : threshold;
              } else {
                ruleText =
                  spec.max === 0
                    ? t('metrics.method.noPoints')
                    : t('metrics.reach.rule-not-published');
              }
              return (
                <tr key={spec.code}>
                  <td>
                    <abbr title={t(`group.${spec.group}`)}>{GROUP_CODES.get(spec.group)}</abbr>
                  </td>
                  <td className="metric-rule-code">{spec.code}</td>
                  <th scope="row">{t(`metrics.name.${spec.code}`)}</th>
                  <td className="numeric">{format.integer(spec.max)}</td>
                  <td>{ruleText}</td>
                  <td>
                    {rule === null ? (
                      '—'
                    ) : (
                      <WithVietnameseNames text={rule.source[locale]} names={NAMES} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
