import type { TranslationOf } from '../plural.ts';

/** Messages of the upload panel and of the user's own data: what is loaded, kept, refused. */
export const uploadVi = {
  'yours.title': 'Dữ liệu của bạn',
  'yours.none': 'Đang dùng dữ liệu công bố kèm trang; chưa nạp tệp nào của bạn.',
  'yours.file': { other: '{dataset}: {file} — {count} dòng, nạp lúc {at}' },
  'yours.kept': 'Đã lưu trong trình duyệt này: tải lại hay mở lại trang vẫn còn.',
  'yours.notKept': 'Không lưu được trong trình duyệt ({reason}): tải lại trang sẽ mất dữ liệu này.',
  'yours.unavailable': 'Trình duyệt này không cho lưu dữ liệu: tải lại trang sẽ mất dữ liệu này.',
  'yours.restored': 'Đã khôi phục dữ liệu bạn nạp lần trước: {files}.',
  'yours.discarded.corrupt':
    'Dữ liệu bạn lưu lần trước bị hỏng (không khớp mã kiểm tra) nên đã bị bỏ, không nạp phần nào; đang hiện dữ liệu công bố kèm trang. Hãy nạp lại tệp.',
  'yours.discarded.failed':
    'Dữ liệu bạn lưu lần trước không nạp lại được nên đã bị bỏ, không nạp phần nào; đang hiện dữ liệu công bố kèm trang. Hãy nạp lại tệp.',
  'yours.restoreKept':
    'Chưa nạp lại được dữ liệu bạn lưu lần trước (lỗi: {message}); đang hiện dữ liệu công bố kèm trang. Bản lưu vẫn được giữ và sẽ được thử lại khi mở lại trang.',
  'yours.back': 'Quay lại dữ liệu mẫu',
  'yours.backConfirm':
    'Bỏ dữ liệu của bạn ({files}) và quay lại dữ liệu công bố kèm trang? Bản lưu trong trình duyệt cũng bị xóa.',
  'yours.backYes': 'Bỏ và quay lại',
  'yours.keep': 'Giữ dữ liệu của tôi',
  'yours.backDone': 'Đã quay lại dữ liệu công bố kèm trang.',
  'yours.backLoading': 'Đang nạp lại dữ liệu công bố kèm trang…',
  'yours.backFailed': 'Không quay lại được; dữ liệu của bạn vẫn giữ nguyên.',
  'upload.replaceConfirm': 'Tệp mới sẽ thay dữ liệu bạn đã nạp: {files}. Tiếp tục?',
  'upload.replaceYes': 'Thay dữ liệu',
  'upload.replaceNo': 'Không thay',
  'upload.sheet': 'Trang tính của {file}',
  'upload.sheetOption': { other: '{sheet} ({count} dòng)' },
  'upload.inspecting': 'Đang đọc tiêu đề của {file}…',
  'upload.inspectFailed':
    'Không đọc được {file} để nhận ra loại dữ liệu ({message}). Hãy tự chọn loại dữ liệu: khi nạp, mọi dòng vẫn được kiểm tra.',
  'upload.notRecognised':
    'Không nhận ra loại dữ liệu của {file}: gần nhất là “{dataset}” nhưng thiếu cột {columns}. Hãy sửa dòng tiêu đề, hoặc chọn loại dữ liệu nếu chắc chắn.',
  'upload.notRecognisedNone':
    'Không nhận ra loại dữ liệu của {file}: dòng tiêu đề ({header}) không khớp cột nào. Xem từ điển dữ liệu để biết các cột cần có, hoặc tải tệp mẫu.',
  'upload.unreadable.binary':
    '{file} không phải tệp CSV hay bảng tính .xlsx. Hãy lưu lại dưới dạng “CSV UTF-8” hoặc “Sổ làm việc Excel (.xlsx)”.',
  'upload.unreadable.unknown_encoding':
    '{file} không phải văn bản UTF-8, UTF-16 hay Windows-1258 đọc ra tiếng Việt, nên không nạp để khỏi sai chữ. Trong Excel chọn Lưu thành › “CSV UTF-8 (Comma delimited)”.',
  'upload.unreadable.xls':
    '{file} là tệp Excel 97–2003 (.xls), trang này không đọc được. Mở bằng Excel rồi lưu thành “Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”.',
  'upload.unreadable.not_xlsx':
    '{file} có vẻ là tệp .xlsx nhưng không đọc được (hỏng, hoặc có mật khẩu). Mở bằng Excel rồi lưu lại, hoặc lưu thành “CSV UTF-8”.',
  'upload.unreadable.sheet_not_found': 'Trong {file} không có trang tính đã chọn.',
  'upload.empty':
    'Không nạp gì: {files} không có dòng hợp lệ nào. Dữ liệu đang dùng không đổi. Lý do của từng dòng ở bảng dưới.',
  'upload.engineFailed':
    'Cơ sở dữ liệu báo lỗi khi nạp: không có gì thay đổi, dữ liệu trước đó vẫn dùng được.',
} as const;

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
