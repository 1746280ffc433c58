/** Messages about the address itself: a value in the URL that could not be shown as asked. */
export const urlStateVi = {
  'url.monthUnavailable': 'Không có dữ liệu tháng {requested}, đang hiện {shown}.',
  'url.monthInvalid': '“{requested}” không phải là một tháng, đang hiện {shown}.',
  'url.ignored': 'Đã bỏ qua “{name}={value}” trong địa chỉ vì giá trị không hợp lệ.',
  'url.viewUnknown':
    'Liên kết yêu cầu trang “{requested}”, trang này không có; đang hiển thị {shown}.',
  'url.codeUnknown':
    'Liên kết yêu cầu đơn vị mã {code}, dữ liệu không có đơn vị này; đã bỏ qua mã này.',
} as const;

export const urlStateEn: Readonly<Record<keyof typeof urlStateVi, string>> = {
  'url.monthUnavailable': 'No data for {requested}; showing {shown}.',
  'url.monthInvalid': '“{requested}” is not a month; showing {shown}.',
  'url.ignored': 'Ignored “{name}={value}” in the address: not a valid value.',
  'url.viewUnknown':
    'The link asks for the page “{requested}”, which does not exist; showing {shown}.',
  'url.codeUnknown':
    'The link asks for the unit with code {code}, which is not in the data; the code is ignored.',
};
