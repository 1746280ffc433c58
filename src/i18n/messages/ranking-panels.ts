import type { TranslationOf } from '../plural.ts';

/** Messages of the ranking's analysis panels: why a rank changed, heatmap, distribution, compare. */
export const rankingPanelsVi = {
  'ranking.why.heading': 'Vì sao {name} đổi hạng theo tổng điểm?',
  'ranking.why.prompt':
    'Chọn một đơn vị (ô tìm kiếm hoặc nút trong bảng) để xem vì sao hạng thay đổi.',
  'ranking.why.chartTitle': 'Thay đổi điểm theo nhóm',
  'ranking.why.chartLabel':
    'Biểu đồ thanh phân kỳ: thay đổi tổng điểm của {name} tách theo sáu nhóm chỉ số',
  'ranking.why.summary':
    'Tổng điểm của {name} {direction} {change} điểm ({from} → {to}); nhóm ảnh hưởng nhiều nhất: {group} ({groupChange}).',
  'ranking.why.up': 'tăng',
  'ranking.why.down': 'giảm',
  'ranking.why.flat': 'thay đổi',
  'ranking.why.moves': 'So với {previous}: {overtook}, {fellBehind}; {newAhead}, {goneAhead}.',
  'ranking.why.overtook': { other: '{count} đơn vị vượt lên trên' },
  'ranking.why.fellBehind': { other: '{count} đơn vị không còn đứng trên' },
  'ranking.why.newAhead': { other: '{count} đơn vị mới có số liệu đứng trên' },
  'ranking.why.goneAhead': { other: '{count} đơn vị đứng trên đã không còn số liệu' },
  'ranking.why.noPrevious': 'Không thể phân tích: {name} không có số liệu {previous} hoặc {month}.',
  'ranking.why.residual':
    'Tổng điểm công bố chênh {residual} điểm so với tổng các nhóm (trong sai số cho phép ±0,01).',
  'ranking.why.tableCaption': 'Thay đổi điểm từng nhóm của {name}, {previous} → {month}',
  'ranking.why.sumCheck': 'Tổng các thay đổi nhóm = thay đổi tổng điểm.',
  'ranking.heatmap.title': 'Bản đồ nhiệt {metric} theo tháng',
  'ranking.heatmap.mode': 'Giá trị ô',
  'ranking.heatmap.score': 'Điểm',
  'ranking.heatmap.rank': 'Hạng',
  // {units} and {months} are `count.units` and `count.months`.
  'ranking.heatmap.chartLabel':
    'Bản đồ nhiệt: {units} (hàng) × {months} (cột), giá trị {mode} của {metric}',
  'ranking.heatmap.summary':
    '{units} × {months} ({from} – {to}); hàng được sắp như bảng xếp hạng {month}: {first} ở trên cùng.',
  'ranking.heatmap.tableCaption': { other: '{metric} của {count} đơn vị theo tháng ({mode})' },
  'ranking.heatmap.order': 'Thứ tự hàng theo {month} và lựa chọn “Sắp xếp”.',
  'ranking.distribution.title': 'Phân bố điểm từng nhóm',
  'ranking.distribution.axis': '% điểm tối đa của nhóm',
  'ranking.distribution.chartLabel': {
    other:
      'Biểu đồ hộp và điểm: vị trí của {count} đơn vị trong từng nhóm chỉ số, trung vị toàn tỉnh',
  },
  'ranking.distribution.summary':
    '{month}: nhóm có trung vị thấp nhất (theo % tối đa) là {group} ({median}/{max}).',
  'ranking.distribution.unitSummary':
    '{name} cách trung vị tỉnh xa nhất ở nhóm {group}: {value} so với trung vị {median} (tối đa {max}).',
  'ranking.distribution.tableCaption': {
    other: 'Phân bố điểm theo nhóm của {count} đơn vị, {month}',
  },
  'ranking.distribution.scope': 'Luôn tính trên tất cả đơn vị có số liệu, không theo bộ lọc.',
  'ranking.distribution.selected': 'Đơn vị đã chọn',
  'ranking.distribution.units': 'Các đơn vị',
  'ranking.compare.title': 'So sánh {metric} theo tháng',
  'ranking.compare.pick': 'Thêm đơn vị để so sánh (2–5 đơn vị)',
  'ranking.compare.remove': 'Bỏ {name} khỏi so sánh',
  'ranking.compare.full': 'Đã đủ 5 đơn vị.',
  'ranking.compare.needTwo': 'Chọn ít nhất 2 đơn vị để so sánh.',
  'ranking.compare.chartLabel': 'Biểu đồ đường: {metric} của {names} theo tháng',
  'ranking.compare.summary': {
    other:
      '{month}: trong {count} đơn vị so sánh, {best} cao nhất ({bestScore}), {worst} thấp nhất ({worstScore}).',
  },
  'ranking.compare.groupsCaption': 'Điểm từng nhóm và tổng điểm, {month}',
  'ranking.compare.historyCaption': '{metric} theo tháng của các đơn vị so sánh',
  'ranking.compare.add': 'So sánh',
  'ranking.compare.addTitle': 'Thêm {name} vào so sánh',
} as const;

export const rankingPanelsEn: TranslationOf<typeof rankingPanelsVi> = {
  'ranking.why.heading': 'Why did {name} change rank on the total score?',
  'ranking.why.prompt':
    'Pick a unit (search box or a button in the table) to see why its rank changed.',
  'ranking.why.chartTitle': 'Score change by group',
  'ranking.why.chartLabel':
    "Diverging bar chart: {name}'s change in total score split into the six index groups",
  'ranking.why.summary':
    "{name}'s total {direction} by {change} points ({from} → {to}); largest contribution: {group} ({groupChange}).",
  'ranking.why.up': 'rose',
  'ranking.why.down': 'fell',
  'ranking.why.flat': 'changed',
  'ranking.why.moves': 'Since {previous}: {overtook}, {fellBehind}; {newAhead}, {goneAhead}.',
  'ranking.why.overtook': {
    one: '{count} unit moved ahead of it',
    other: '{count} units moved ahead of it',
  },
  'ranking.why.fellBehind': {
    one: '{count} unit is no longer ahead',
    other: '{count} units are no longer ahead',
  },
  'ranking.why.newAhead': {
    one: '{count} newly scored unit ranks ahead',
    other: '{count} newly scored units rank ahead',
  },
  'ranking.why.goneAhead': {
    one: '{count} unit that was ahead has no data now',
    other: '{count} units that were ahead have no data now',
  },
  'ranking.why.noPrevious': 'Cannot analyse: {name} has no data for {previous} or {month}.',
  'ranking.why.residual':
    'The published total differs from the sum of groups by {residual} points (within the ±0.01 tolerance).',
  'ranking.why.tableCaption': "{name}'s score change per group, {previous} → {month}",
  'ranking.why.sumCheck': 'The group changes add up to the change in total.',
  'ranking.heatmap.title': '{metric} heatmap by month',
  'ranking.heatmap.mode': 'Cell value',
  'ranking.heatmap.score': 'Score',
  'ranking.heatmap.rank': 'Rank',
  'ranking.heatmap.chartLabel': 'Heatmap: {units} (rows) × {months} (columns), {mode} of {metric}',
  'ranking.heatmap.summary':
    '{units} × {months} ({from} – {to}); rows follow the {month} ranking table: {first} on top.',
  'ranking.heatmap.tableCaption': {
    one: '{metric} of {count} unit by month ({mode})',
    other: '{metric} of {count} units by month ({mode})',
  },
  'ranking.heatmap.order': 'Rows ordered by {month} and the "Sort" choice.',
  'ranking.distribution.title': 'Score distribution per group',
  'ranking.distribution.axis': "% of the group's maximum",
  'ranking.distribution.chartLabel': {
    one: 'Box and strip plot: where {count} unit sits in each index group, province median marked',
    other:
      'Box and strip plot: where {count} units sit in each index group, province median marked',
  },
  'ranking.distribution.summary':
    '{month}: the group with the lowest median (as % of its maximum) is {group} ({median}/{max}).',
  'ranking.distribution.unitSummary':
    '{name} is furthest from the province median in {group}: {value} against a median of {median} (max {max}).',
  'ranking.distribution.tableCaption': {
    one: 'Score distribution per group of {count} unit, {month}',
    other: 'Score distribution per group of {count} units, {month}',
  },
  'ranking.distribution.scope': 'Always over every unit with data, regardless of filters.',
  'ranking.distribution.selected': 'Selected unit',
  'ranking.distribution.units': 'Units',
  'ranking.compare.title': '{metric} compared by month',
  'ranking.compare.pick': 'Add a unit to compare (2–5 units)',
  'ranking.compare.remove': 'Remove {name} from the comparison',
  'ranking.compare.full': '5 units chosen: the maximum.',
  'ranking.compare.needTwo': 'Choose at least 2 units to compare.',
  'ranking.compare.chartLabel': 'Line chart: {metric} of {names} by month',
  'ranking.compare.summary': {
    one: '{month}: of the {count} unit compared, {best} is highest ({bestScore}), {worst} lowest ({worstScore}).',
    other:
      '{month}: of the {count} units compared, {best} is highest ({bestScore}), {worst} lowest ({worstScore}).',
  },
  'ranking.compare.groupsCaption': 'Group scores and total, {month}',
  'ranking.compare.historyCaption': '{metric} by month of the compared units',
  'ranking.compare.add': 'Compare',
  'ranking.compare.addTitle': 'Add {name} to the comparison',
};
