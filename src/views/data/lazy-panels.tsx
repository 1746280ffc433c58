import { lazy } from 'react';
import { suspended } from '../../components/suspended.tsx';

// The Data page's two heavy panels, chunks of their own: the SQL editor (CodeMirror) and the
// upload (readers of CSV, Excel and the portal's files).
const Console = lazy(() =>
  import('./sql-console.tsx').then((module) => ({ default: module.SqlConsole })),
);
const Upload = lazy(() =>
  import('./upload-panel.tsx').then((module) => ({ default: module.UploadPanel })),
);

export const SqlConsole = suspended(Console);
export const UploadPanel = suspended(Upload);
