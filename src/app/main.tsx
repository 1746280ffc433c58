import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { echarts, loadChartExtras } from '../components/echarts-registry.ts';
import { storedTextWidthMeasure } from '../components/stored-text-widths.ts';
import { catalogueReady, loadCatalogue } from '../i18n/translate.ts';
import { parseLocale, parseView } from '../state/route.ts';
import { startPreview } from './browser-data-source.ts';
import { Root } from './root.tsx';
import { registerServiceWorker } from './service-worker-client.ts';
import './styles.css';
import './phone.css';
import './print.css';

// Text widths measured on an earlier visit are not measured again (`stored-text-widths.ts`). Set
// here, in the page: the tests' server-side renderer keeps ECharts' own measure.
echarts.setPlatformAPI({ measureText: storedTextWidthMeasure() });

// The address's page answers, fetched now rather than once React has rendered the page.
const address = new URLSearchParams(window.location.search);
void startPreview(parseView(address));

const container = document.getElementById('root');
if (container === null) throw new Error('#root element missing from index.html');
const render = () => {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
};
// English is a chunk of its own: an English address fetches it before the first render, so the
// page never opens in one language and switches to the other (failed: it opens in Vietnamese).
const locale = parseLocale(address);
if (catalogueReady(locale)) render();
else void loadCatalogue(locale).then(render, render);

// The charts' extras, fetched once the page has painted even if it draws no chart, so that they
// are cached for an offline visit (a page with a chart fetches them as soon as it draws).
setTimeout(() => {
  void loadChartExtras().catch(() => undefined);
}, 1500);
registerServiceWorker();
