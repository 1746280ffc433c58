import type { TranslationOf } from '../../plural.ts';
import type { uploadVi } from '../upload.ts';

/** English for `upload` messages, typed against the Vietnamese source in `../upload.ts`. */
export const uploadEn: TranslationOf<typeof uploadVi> = {
  'yours.title': 'Your data',
  'yours.none': 'Showing the data published with the site; none of your files is loaded.',
  'yours.file': {
    one: '{dataset}: {file} — {count} row, loaded {at}',
    other: '{dataset}: {file} — {count} rows, loaded {at}',
  },
  'yours.kept': 'Saved in this browser: it is still here after a reload or on your next visit.',
  'yours.notKept': 'Could not be saved in this browser ({reason}): a reload will lose this data.',
  'yours.unavailable': 'This browser does not let the page save data: a reload will lose it.',
  'yours.restored': 'Restored the data you loaded last time: {files}.',
  'yours.discarded.corrupt':
    'The data you saved last time is damaged (its checksum does not match), so it was discarded and none of it loaded; showing the data published with the site. Please load your files again.',
  'yours.discarded.failed':
    'The data you saved last time no longer loads, so it was discarded and none of it loaded; showing the data published with the site. Please load your files again.',
  'yours.restoreKept':
    'The data you saved last time could not be loaded this time (error: {message}); showing the data published with the site. The saved copy is kept and tried again when the page opens next.',
  'yours.back': 'Back to the sample data',
  'yours.backConfirm':
    'Drop your data ({files}) and go back to the data published with the site? The copy saved in this browser is deleted too.',
  'yours.backYes': 'Drop it and go back',
  'yours.keep': 'Keep my data',
  'yours.backDone': 'Back to the data published with the site.',
  'yours.backLoading': 'Loading the data published with the site again…',
  'yours.backFailed': 'Could not go back; your data is unchanged.',
  'upload.replaceConfirm': 'The new files replace data you loaded: {files}. Go on?',
  'upload.replaceYes': 'Replace the data',
  'upload.replaceNo': 'Do not replace',
  'upload.sheet': 'Sheet of {file}',
  'upload.sheetOption': { one: '{sheet} ({count} row)', other: '{sheet} ({count} rows)' },
  'upload.inspecting': 'Reading the header of {file}…',
  'upload.inspectFailed':
    'Could not read {file} to recognise its dataset ({message}). Choose the dataset yourself: every row is still checked when it loads.',
  'upload.notRecognised':
    'The dataset of {file} is not recognised: the nearest is “{dataset}”, but it lacks the columns {columns}. Fix the header row, or choose the dataset if you are sure.',
  'upload.notRecognisedNone':
    'The dataset of {file} is not recognised: its header ({header}) matches no column. See the data dictionary for the columns needed, or download a template.',
  'upload.unreadable.binary':
    '{file} is neither a CSV text nor an .xlsx workbook. Save it as “CSV UTF-8” or “Excel Workbook (.xlsx)”.',
  'upload.unreadable.unknown_encoding':
    '{file} is not UTF-8, UTF-16 or Windows-1258 text that reads as Vietnamese, so it is not loaded rather than loaded with wrong letters. In Excel choose Save As › “CSV UTF-8 (Comma delimited)”.',
  'upload.unreadable.xls':
    '{file} is an Excel 97–2003 workbook (.xls), which this page cannot read. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.',
  'upload.unreadable.not_xlsx':
    '{file} looks like an .xlsx workbook but cannot be read (damaged, or password-protected). Open it in Excel and save it again, or save it as “CSV UTF-8”.',
  'upload.unreadable.sheet_not_found': 'The chosen sheet is not in {file}.',
  'upload.empty':
    'Nothing loaded: {files} has no valid row. The data in use is unchanged. The reason for each row is in the table below.',
  'upload.engineFailed':
    'The database failed during the load: nothing was changed, and the previous data is still in use.',
};
