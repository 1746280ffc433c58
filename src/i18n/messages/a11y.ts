import type { TranslationOf } from '../plural.ts';

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

export const a11yEn: TranslationOf<typeof a11yVi> = {
  'a11y.named': '{action}: {object}',
  'a11y.documentTitle': '{page} — {app}',
  'a11y.documentTitleDetail': '{page} · {detail} — {app}',
  'table.skip': 'Skip table: {name}',
  'table.end': 'End of table: {name}',
  'announce.loaded': {
    one: 'Data loaded for {count} unit.',
    other: 'Data loaded for {count} units.',
  },
  'announce.opened': 'Opened: {name}',
  'announce.closed': 'Closed the analysis of {name}.',
  'announce.showing': {
    one: 'Showing {shown} of {count} unit.',
    other: 'Showing {shown} of {count} units.',
  },
  'announce.shown': { one: 'Showing {count} unit.', other: 'Showing {count} units.' },
  'announce.compareAdded': 'Added {name} to the comparison ({count} of {max} units).',
  'announce.compareRemoved': 'Removed {name} from the comparison ({count} of {max} units).',
};
