import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { onTimeRate, type OutcomeBuckets } from '../../data/on-time-rates.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useQuestion } from '../../queries/use-question.ts';
import { MetricRulesSection } from './metric-rules-section.tsx';
import './methodology-view.css';

// Xã Nguyệt Ấn (Thanh Hóa), press report of 25/9/2025: the split between early and on time is
// not published, only their sum, which is all the rates need.
const NGUYET_AN: OutcomeBuckets = {
  resolvedEarly: 0,
  resolvedOnTime: 1914,
  resolvedLate: 42,
  pendingInTime: 133,
  pendingOverdue: 0,
};

/** The Vietnamese names the page's texts cite (units, a province, two spellings of one name). */
const NAMES = ['Nguyệt Ấn', 'Thanh Hóa', 'Chiên Đàn', 'Xuân Phú', 'Hòa', 'Hoà'];

const SECTIONS: readonly (readonly [MessageKey, MessageKey])[] = [
  ['method.rank.title', 'method.rank.body'],
  ['method.quality.title', 'method.quality.body'],
  ['method.bands.title', 'method.bands.body'],
  ['method.petitions.title', 'method.petitions.body'],
  ['method.sample.title', 'method.sample.body'],
  ['method.sources.title', 'method.sources.body'],
];

/** How every figure is computed, with the published Nguyệt Ấn example worked by the app's code. */
export function MethodologyView() {
  const { t, format } = useI18n();
  const portal = onTimeRate('portal', NGUYET_AN);
  const press = onTimeRate('press', NGUYET_AN);
  const units = useQuestion(QUESTIONS.unitSummary).data;
  // Facts about the loaded data that a section states, once they are known.
  const facts: Partial<Record<MessageKey, string>> =
    units === undefined
      ? {}
      : {
          'method.petitions.body': t('method.petitions.coverage', {
            known: format.integer(units.populationKnown),
            count: units.unitCount,
          }),
        };
  return (
    <article className="panel methodology" aria-labelledby="method-heading">
      <h2 id="method-heading">{t('method.title')}</h2>
      <section>
        <h3>{t('method.index.title')}</h3>
        <p>{t('method.index.body')}</p>
        <TableScroll>
          <table className="data-table method-groups">
            <TableCaption>{t('method.index.caption')}</TableCaption>
            <thead>
              <tr>
                <th scope="col">{t('method.index.code')}</th>
                <th scope="col">{t('method.index.group')}</th>
                <th scope="col" className="numeric">
                  {t('method.index.max')}
                </th>
              </tr>
            </thead>
            <tbody>
              {INDEX_GROUPS.map((group) => (
                <tr key={group.key}>
                  <td>{group.code}</td>
                  <th scope="row">{t(`group.${group.key}`)}</th>
                  <td className="numeric">{group.max}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <MetricRulesSection />
      <section>
        <h3>{t('method.rates.title')}</h3>
        <p>{t('method.rates.body')}</p>
        <ul>
          <li>{t('method.rates.portal')}</li>
          <li>{t('method.rates.press')}</li>
        </ul>
        <p data-testid="method-example">
          <WithVietnameseNames
            text={t('method.rates.example', {
              early: format.integer(NGUYET_AN.resolvedEarly + NGUYET_AN.resolvedOnTime),
              inTime: format.integer(NGUYET_AN.pendingInTime),
              late: format.integer(NGUYET_AN.resolvedLate),
              all: format.integer(portal.denominator),
              portal: format.percent(portal.ratio),
              press: format.percent(press.ratio),
            })}
            names={NAMES}
          />
        </p>
        <p>{t('method.rates.small')}</p>
      </section>
      {SECTIONS.map(([title, body]) => (
        <section key={title}>
          <h3>{t(title)}</h3>
          <p>
            <WithVietnameseNames text={t(body)} names={NAMES} />
            {facts[body] === undefined ? null : ` ${facts[body]}`}
          </p>
        </section>
      ))}
    </article>
  );
}
