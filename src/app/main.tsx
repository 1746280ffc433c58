import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './root.tsx';
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
