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
