/** Messages about the address itself: a value in the URL that could not be shown as asked. */
export const urlStateVi = {
  'url.monthUnavailable': 'Không có dữ liệu tháng {requested}, đang hiện {shown}.',
  'url.monthInvalid': '“{requested}” không phải là một tháng, đang hiện {shown}.',
  'url.ignored': 'Đã bỏ qua “{name}={value}” trong địa chỉ vì giá trị không hợp lệ.',
} as const;

export const urlStateEn: Readonly<Record<keyof typeof urlStateVi, string>> = {
  'url.monthUnavailable': 'No data for {requested}; showing {shown}.',
  'url.monthInvalid': '“{requested}” is not a month; showing {shown}.',
  'url.ignored': 'Ignored “{name}={value}” in the address: not a valid value.',
};
