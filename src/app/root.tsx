import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LiveRegionProvider } from '../components/live-region.tsx';
import { useSearchParams } from '../routing/use-search-params.ts';
import { parseLocale } from '../state/route.ts';
import { App } from './app.tsx';
import { browserDataSource } from './browser-data-source.ts';
import { Providers } from './providers.tsx';

/**
 * Reads the locale from the URL at the top so it can reach the providers. The live region sits
 * outside the app's error boundary: it is there, empty, before anything is said into it.
 */
export function Root() {
  const [params] = useSearchParams();
  return (
    <Providers source={browserDataSource} locale={parseLocale(params)}>
      <LiveRegionProvider>
        <ErrorBoundary scope="app">
          <App />
        </ErrorBoundary>
      </LiveRegionProvider>
    </Providers>
  );
}
