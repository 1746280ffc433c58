import { App } from './app.tsx';
import { browserDataSource } from './browser-data-source.ts';
import { Providers } from './providers.tsx';
import { useUrlState } from './use-url-state.ts';

/** Reads the URL state once at the top so the locale can reach the providers. */
export function Root() {
  const [state, update] = useUrlState();
  return (
    <Providers source={browserDataSource} locale={state.locale}>
      <App state={state} onStateChange={update} />
    </Providers>
  );
}
