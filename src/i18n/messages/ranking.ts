/** Messages of the ranking view (issue 4). */
export const rankingVi = {
  'ranking.title': 'Xếp hạng {count} đơn vị theo tổng điểm',
  'ranking.month': 'Tháng',
  'ranking.snapshot': 'Số liệu chốt ngày {date}',
  'ranking.chartLabel':
    'Biểu đồ thanh ngang xếp hạng {count} đơn vị cấp xã theo tổng điểm tháng {month}',
  'ranking.summary':
    '{month}: {first} đứng đầu với {firstScore} điểm; {last} đứng cuối với {lastScore} điểm. Trung vị {median} điểm.',
  'ranking.empty': 'Không có điểm nào cho tháng {month}.',
  'ranking.unranked': '{count} đơn vị không có số liệu tháng này và không được xếp hạng.',
  'ranking.tableCaption': 'Bảng xếp hạng {count} đơn vị, tháng {month}',
  'ranking.tableHeading': 'Bảng xếp hạng (dạng bảng)',
  'ranking.ties': 'Xếp hạng kiểu thi đấu: các đơn vị bằng điểm cùng hạng (1, 2, 2, 4).',
  'ranking.axisScore': 'Tổng điểm (tối đa 100)',
  'tooltip.rankOf': 'Hạng {rank}/{count}',
  'tooltip.total': 'Tổng điểm',
} as const;

export const rankingEn: Readonly<Record<keyof typeof rankingVi, string>> = {
  'ranking.title': '{count} units ranked by total score',
  'ranking.month': 'Month',
  'ranking.snapshot': 'Snapshot of {date}',
  'ranking.chartLabel':
    'Horizontal bar chart ranking {count} commune-level units by total score, {month}',
  'ranking.summary':
    '{month}: {first} leads with {firstScore} points; {last} trails with {lastScore} points. Median {median} points.',
  'ranking.empty': 'No scores for {month}.',
  'ranking.unranked': '{count} units have no data this month and are not ranked.',
  'ranking.tableCaption': 'Ranking of {count} units, {month}',
  'ranking.tableHeading': 'Ranking table',
  'ranking.ties': 'Competition ranking: units with equal scores share a rank (1, 2, 2, 4).',
  'ranking.axisScore': 'Total score (max 100)',
  'tooltip.rankOf': 'Rank {rank}/{count}',
  'tooltip.total': 'Total',
};
