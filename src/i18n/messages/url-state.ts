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
