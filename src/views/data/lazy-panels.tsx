import { lazyPanel } from '../../components/suspended.tsx';

// The Data page's two heavy panels, chunks of their own: the SQL editor (CodeMirror) and the
// upload (readers of CSV, Excel and the portal's files).
export const SqlConsole = lazyPanel(() =>
  import('./sql-console.tsx').then((module) => module.SqlConsole),
).Panel;
export const UploadPanel = lazyPanel(() =>
  import('./upload-panel.tsx').then((module) => module.UploadPanel),
).Panel;
