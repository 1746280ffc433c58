import { createElement, lazy, Suspense, useState, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { StatusMessage } from './status-message.tsx';

function PanelLoading() {
  const { t } = useI18n();
  return <StatusMessage kind="loading" title={t('load.page')} />;
}

/**
 * A panel in a chunk of its own: behind a loading message until its chunk has arrived, and
 * rendered directly when it is mounted after that (after `preload`, or an earlier mount), so a preloaded panel
 * opens exactly as a panel of the page's own chunk would: no loading message, no lost focus.
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Panel(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component later would
    // remount the panel and lose its state (files chosen for an upload, say).
    const [ready] = useState(() => loaded);
    if (ready !== null) return createElement(ready, props);
    return (
      <Suspense fallback={<PanelLoading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { Panel, preload };
}
