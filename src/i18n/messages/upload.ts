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
