import { Suspense, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { StatusMessage } from './status-message.tsx';

function PanelLoading() {
  const { t } = useI18n();
  return <StatusMessage kind="loading" title={t('load.page')} />;
}

/**
 * A lazily loaded panel (`React.lazy`) behind its own loading message, so the panels of a page
 * can be chunks of their own without each view writing the boundary.
 */
export function suspended<P extends object>(Panel: ComponentType<P>) {
  return function SuspendedPanel(props: P) {
    return (
      <Suspense fallback={<PanelLoading />}>
        <Panel {...props} />
      </Suspense>
    );
  };
}
