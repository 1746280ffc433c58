import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n/i18n-context.ts';

/**
 * Where a printed page came from and when: its full address (the state of the page is in it)
 * and the time of printing. Shown only in print. Set on render and again on `beforeprint`,
 * synchronously, since the print snapshot is taken as soon as the event's handlers return.
 */
export function PrintStamp() {
  const { t, format } = useI18n();
  const [printedAt, setPrintedAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const stamp = () => {
      flushSync(() => {
        setPrintedAt(new Date().toISOString());
      });
    };
    window.addEventListener('beforeprint', stamp);
    return () => {
      window.removeEventListener('beforeprint', stamp);
    };
  }, []);
  return (
    <p className="print-stamp" data-testid="print-stamp">
      {t('print.stamp', { url: window.location.href, date: format.dateTime(printedAt) })}
    </p>
  );
}
