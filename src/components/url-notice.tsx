import { useI18n } from '../i18n/i18n-context.ts';
import type { InvalidParam } from '../state/define-search.ts';
import './url-notice.css';

interface UrlNoticeProps {
  /** Month params that asked for a month not shown (`unavailableMonths`). */
  readonly months?: readonly InvalidParam[];
  /** What is shown instead, in words: a month or a period. */
  readonly shown?: string;
  /** Every param the page's schema found invalid (those in `months` are told there). */
  readonly invalid?: readonly InvalidParam[];
  /** Well-formed unit codes that name no loaded unit (`unknownCodes`). */
  readonly codes?: readonly InvalidParam[];
  /** Sentences already worded by the caller (the app shell's: an unknown page or chart). */
  readonly messages?: readonly string[];
}

const TYPED_MONTH = /^(\d{4})-(\d{1,2})$/;

/**
 * Says politely what in the address could not be shown as asked and what is shown instead, so
 * a shared link that no longer matches the data is not silently replaced. Nothing when all is well.
 */
export function UrlNotice({
  months = [],
  shown = '',
  invalid = [],
  codes = [],
  messages = [],
}: UrlNoticeProps) {
  const { t } = useI18n();
  const ignored = invalid.filter((param) => !months.some((month) => month.name === param.name));
  if (months.length === 0 && ignored.length === 0 && codes.length === 0 && messages.length === 0) {
    return null;
  }
  return (
    <div className="url-notice" role="status" data-testid="url-notice">
      {months.map(({ name, raw }) => {
        // `2026-13` reads as "13/2026", the way the page writes months; other text stays as typed.
        const typed = TYPED_MONTH.exec(raw);
        return (
          <p key={name}>
            {typed === null
              ? t('url.monthInvalid', { requested: raw, shown })
              : t('url.monthUnavailable', {
                  requested: `${String(Number(typed[2]))}/${typed[1] ?? ''}`,
                  shown,
                })}
          </p>
        );
      })}
      {ignored.map(({ name, raw }) => (
        <p key={name}>{t('url.ignored', { name, value: raw })}</p>
      ))}
      {codes.map(({ name, raw }) => (
        <p key={`${name}=${raw}`}>{t('url.codeUnknown', { code: raw })}</p>
      ))}
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
