import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import type { Locale } from '../i18n/locale.ts';
import { DataSourceContext, type DataSource } from '../queries/data-source.ts';
import { createQueryClient } from '../queries/query-client.ts';
import { DataStatusProvider } from './data-status-provider.tsx';

interface ProvidersProps {
  readonly source: DataSource;
  readonly locale: Locale;
  readonly children: ReactNode;
}

export function Providers({ source, locale, children }: ProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <DataSourceContext.Provider value={source}>
        <DataStatusProvider>
          <I18nProvider locale={locale}>{children}</I18nProvider>
        </DataStatusProvider>
      </DataSourceContext.Provider>
    </QueryClientProvider>
  );
}
