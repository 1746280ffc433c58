/** Sharing a view: copy its link, embed one of its charts, cite it. */
export const shareVi = {
  'share.actions': 'Chia sẻ trang này',
  'share.copyLink': 'Sao chép liên kết',
  'share.copied': 'Đã sao chép liên kết.',
  'share.copiedText': 'Đã sao chép.',
  'share.copyFailed':
    'Không sao chép tự động được. Liên kết đã được chọn trong ô dưới đây: nhấn Ctrl+C (⌘C) để sao chép.',
  'share.copyFailedText':
    'Không sao chép tự động được. Nội dung đã được chọn: nhấn Ctrl+C (⌘C) để sao chép.',
  'share.linkField': 'Liên kết của trang',
  'share.close': 'Đóng',
  'embed.open': 'Nhúng',
  'embed.title': 'Nhúng một biểu đồ',
  'embed.intro':
    'Mã dưới đây hiện biểu đồ đã chọn, với tiêu đề, nguồn và liên kết tới trang đầy đủ, trong một khung (iframe) trên trang của bạn. Biểu đồ giữ nguyên trạng thái của trang: tháng, chỉ số, bộ lọc.',
  'embed.chart': 'Biểu đồ',
  'embed.height': 'Chiều cao (px)',
  'embed.preview': 'Xem trước biểu đồ nhúng (mở thẻ mới)',
  'embed.code': 'Mã nhúng',
  'embed.copyCode': 'Sao chép mã nhúng',
  'embed.none':
    'Trang này hiện chưa có biểu đồ nào để nhúng. Mở trang Xếp hạng, Hồ sơ xã, Hồ sơ TTHC hoặc Kiến nghị cử tri.',
  'embed.fullView': 'Xem đầy đủ',
  'embed.fullViewHint': '(mở trang đầy đủ trong thẻ mới)',
  'embed.loading': 'Đang tải biểu đồ…',
  'embed.failed': 'Không tải được dữ liệu của biểu đồ.',
  'embed.figureUnknown':
    'Liên kết yêu cầu biểu đồ “{requested}”, trang này không có; đang hiển thị “{shown}”.',
  'embed.noFigure':
    'Liên kết yêu cầu nhúng một biểu đồ, nhưng trang này không có biểu đồ nào; hãy xem trang đầy đủ.',
  'cite.open': 'Trích dẫn',
  'cite.title': 'Trích dẫn trang này',
  'cite.intro': 'Chép một trong hai dạng trích dẫn dưới đây.',
  'cite.plainLabel': 'Dạng văn bản',
  'cite.apaLabel': 'Dạng APA',
  'cite.copyPlain': 'Sao chép trích dẫn dạng văn bản',
  'cite.copyApa': 'Sao chép trích dẫn dạng APA',
  'cite.publisher': 'Trang công bố: {site}',
  'cite.synthetic':
    'Số liệu là dữ liệu mẫu (tổng hợp), do máy sinh ra, không phải số liệu chính thức.',
  'cite.dataDate': 'Dữ liệu đến {date}.',
  'cite.url': 'Địa chỉ: {url}',
  'cite.accessed': 'Truy cập ngày {date}.',
  'cite.apaKind': 'Bảng số liệu trực tuyến',
  'cite.apaKindSynthetic': 'Bảng số liệu trực tuyến; dữ liệu mẫu tổng hợp',
  'cite.apaRetrieved': 'Truy cập ngày {date}, từ {url}',
  'cite.noDate': 'k.n.',
} as const;
