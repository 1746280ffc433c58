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

export const shareEn: Readonly<Record<keyof typeof shareVi, string>> = {
  'share.actions': 'Share this page',
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied.',
  'share.copiedText': 'Copied.',
  'share.copyFailed':
    'Could not copy automatically. The link is selected in the field below: press Ctrl+C (⌘C) to copy it.',
  'share.copyFailedText':
    'Could not copy automatically. The text is selected: press Ctrl+C (⌘C) to copy it.',
  'share.linkField': 'Link to this page',
  'share.close': 'Close',
  'embed.open': 'Embed',
  'embed.title': 'Embed a chart',
  'embed.intro':
    'The code below shows the chosen chart, with its title, source and a link to the full view, in a frame (iframe) on your page. The chart keeps the page’s state: month, metric, filters.',
  'embed.chart': 'Chart',
  'embed.height': 'Height (px)',
  'embed.preview': 'Preview the embedded chart (opens a new tab)',
  'embed.code': 'Embed code',
  'embed.copyCode': 'Copy embed code',
  'embed.none':
    'This page has no chart to embed yet. Open the Ranking, Commune profile, Dossiers or Voters’ petitions page.',
  'embed.fullView': 'Open the full view',
  'embed.fullViewHint': '(opens the full page in a new tab)',
  'embed.loading': 'Loading the chart…',
  'embed.failed': 'The chart’s data could not be loaded.',
  'embed.figureUnknown':
    'The link asks for the chart “{requested}”, which this page does not have; showing “{shown}”.',
  'embed.noFigure': 'The link asks to embed a chart, but this page has none; see the full view.',
  'cite.open': 'Cite',
  'cite.title': 'Cite this page',
  'cite.intro': 'Copy one of the two citation formats below.',
  'cite.plainLabel': 'Plain text',
  'cite.apaLabel': 'APA style',
  'cite.copyPlain': 'Copy the plain-text citation',
  'cite.copyApa': 'Copy the APA-style citation',
  'cite.publisher': 'Published by: {site}',
  'cite.synthetic':
    'The figures are sample data (synthetic), machine-generated, not official figures.',
  'cite.dataDate': 'Data up to {date}.',
  'cite.url': 'URL: {url}',
  'cite.accessed': 'Accessed {date}.',
  'cite.apaKind': 'Online data table',
  'cite.apaKindSynthetic': 'Online data table; synthetic sample data',
  'cite.apaRetrieved': 'Retrieved {date}, from {url}',
  'cite.noDate': 'n.d.',
};
