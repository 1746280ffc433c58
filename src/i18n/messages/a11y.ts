/**
 * Words for assistive technology and the keyboard: names of repeated buttons, table skip links,
 * the document title and what the live region says.
 */
export const a11yVi = {
  // A button's accessible name: its visible text first, then what it acts on.
  'a11y.named': '{action}: {object}',
  'a11y.documentTitle': '{page} — {app}',
  'a11y.documentTitleDetail': '{page} · {detail} — {app}',
  'table.skip': 'Bỏ qua bảng: {name}',
  'table.end': 'Hết bảng: {name}',
  'announce.loaded': { other: 'Đã tải xong dữ liệu của {count} đơn vị.' },
  'announce.opened': 'Đã mở: {name}',
  'announce.closed': 'Đã đóng phân tích {name}.',
  'announce.showing': { other: 'Đang hiển thị {shown}/{count} đơn vị.' },
  'announce.shown': { other: 'Đang hiển thị {count} đơn vị.' },
  'announce.compareAdded': 'Đã thêm {name} vào so sánh ({count}/{max} đơn vị).',
  'announce.compareRemoved': 'Đã bỏ {name} khỏi so sánh ({count}/{max} đơn vị).',
} as const;
