/** Messages of the petitions view (issue 6). */
export const petitionsVi = {
  'nav.petitions': 'Kiến nghị cử tri',
  'petitions.heading': 'Kiến nghị cử tri · {period}',
  'petitions.fold.filters': 'Lọc đơn vị',
  'petitions.fold.controls': 'Cách tính, biểu đồ và sắp xếp',
  'petitions.intro':
    'Kiến nghị cử tri tiếp nhận qua các buổi tiếp xúc cử tri của đại biểu dân cử: không thuộc chỉ số 766 và khác với phản ánh, kiến nghị về thủ tục hành chính.',
  'petitions.taxonomyNote': 'Cách chia lĩnh vực là của dự án này, không phải phân loại chính thức.',
  'petitions.topic.dat_dai': 'Đất đai',
  'petitions.topic.ha_tang_giao_thong': 'Hạ tầng, giao thông',
  'petitions.topic.chinh_sach_xa_hoi': 'Chính sách xã hội',
  'petitions.topic.y_te': 'Y tế',
  'petitions.topic.giao_duc': 'Giáo dục',
  'petitions.topic.moi_truong': 'Môi trường',
  'petitions.topic.kinh_te_ngan_sach': 'Kinh tế, ngân sách',
  'petitions.topic.khac': 'Khác',
  'petitions.outcome.answeredOnSpot': 'Trả lời tại chỗ',
  'petitions.outcome.answeredLater': 'Trả lời sau',
  'petitions.outcome.transferred': 'Chuyển cấp trên',
  'petitions.outcome.pending': 'Đang chờ',
  'petitions.answeredShare': 'Tỷ lệ đã trả lời',
  'petitions.answeredShareDefinition':
    'Tỷ lệ đã trả lời = (trả lời tại chỗ + trả lời sau) ÷ số kiến nghị tiếp nhận. Tỷ lệ tính trên dưới 20 kiến nghị được ghi "n nhỏ".',
  'petitions.measure.count': 'Số kiến nghị',
  'petitions.measure.per10k': 'Kiến nghị trên 10.000 dân',
  'petitions.measureLabel': 'Đơn vị đo',
  'petitions.chartMode': 'Chia theo',
  'petitions.chartTopics': 'Kiến nghị cử tri theo lĩnh vực',
  'petitions.chartOutcomes': 'Kiến nghị cử tri theo kết quả',
  'petitions.modeTopics': 'Lĩnh vực',
  'petitions.modeOutcomes': 'Kết quả',
  'petitions.unitsChartLabel': {
    other: 'Biểu đồ thanh xếp chồng: {title}, {count} đơn vị, {period}, {unit}',
  },
  'petitions.trendTitle': 'Kiến nghị theo tháng: {scope}',
  'petitions.trendChartLabel':
    'Biểu đồ cột xếp chồng theo tháng của kiến nghị cử tri theo kết quả, kèm đường tỷ lệ đã trả lời: {scope}',
  'petitions.column.received': 'Tiếp nhận',
  'petitions.column.per10k': 'Trên 10.000 dân',
  'petitions.column.population': 'Dân số',
  'petitions.populationUnknown': 'chưa rõ dân số',
  'petitions.per10kNote': {
    other:
      'Dân số chỉ biết cho {known}/{count} đơn vị đang hiển thị; các đơn vị còn lại ghi "chưa rõ dân số" và không có tỷ lệ trên 10.000 dân (không ước tính).',
  },
  // {known} and {unknown} are `count.units`.
  'petitions.per10kChartNote':
    'Biểu đồ trên 10.000 dân chỉ vẽ {known} đã biết dân số; {unknown} chưa rõ dân số không được vẽ.',
  'petitions.from': 'Từ tháng',
  'petitions.to': 'Đến tháng',
  'petitions.allMonths': 'Tất cả các tháng',
  'petitions.sort.received': 'Số tiếp nhận',
  'petitions.sort.per10k': 'Trên 10.000 dân',
  'petitions.sort.answeredShare': 'Tỷ lệ đã trả lời',
  'petitions.sort.pending': 'Số đang chờ',
  'petitions.sort.name': 'Tên đơn vị',
  'petitions.total': {
    other: 'Tổng các đơn vị đang hiển thị: {count} kiến nghị, {pending} đang chờ.',
  },
  'petitions.summary': {
    other:
      '{period}: {count} đơn vị có kiến nghị, tổng {received}. Nhiều nhất: {top} ({topCount}); lĩnh vực nhiều nhất: {topic} ({topicCount}); đã trả lời {share}.',
  },
  'petitions.summaryEmpty': '{period}: không có kiến nghị nào của các đơn vị đang lọc.',
  // {months} is `count.months`, {peakCount} `count.petitions`.
  'petitions.trendSummary':
    '{scope}: {months}; nhiều nhất {peak} ({peakCount}); tỷ lệ đã trả lời từ {firstShare} đến {lastShare}.',
  'petitions.tableHeading': 'Bảng kiến nghị theo đơn vị (dạng bảng)',
  'petitions.tableCaption': {
    other: 'Kiến nghị cử tri của {count} đơn vị, {period}, sắp xếp theo {sort}',
  },
  'petitions.trendTableHeading': 'Bảng kiến nghị theo tháng (dạng bảng)',
  'petitions.trendCaption': 'Kiến nghị cử tri theo tháng, {scope}',
  'petitions.noPetitions': 'Không có kiến nghị',
  'petitions.column.month': 'Tháng',
} as const;
