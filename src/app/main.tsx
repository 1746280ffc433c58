import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadChartExtras } from '../components/echarts-registry.ts';
import { Root } from './root.tsx';
import { registerServiceWorker } from './service-worker-client.ts';
import './styles.css';
import './phone.css';
import './print.css';

const container = document.getElementById('root');
if (container === null) throw new Error('#root element missing from index.html');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);

// The charts the first page does not draw, fetched once it has painted (offline after one visit).
setTimeout(() => {
  void loadChartExtras().catch(() => undefined);
}, 1500);
registerServiceWorker();
