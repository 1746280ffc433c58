/** The national portal's figures: importing them (Data page) and the facts the ranking states. */
export const portalVi = {
  'ranking.titleSub': {
    other: 'Xếp hạng {count} đơn vị theo chỉ tiêu «{name}»',
  },
  'ranking.period': 'Kỳ đánh giá',
  'ranking.fold.facts': 'Lưu ý khi đọc xếp hạng',
  'ranking.control.sub': 'Xếp hạng theo chỉ tiêu thành phần',
  'ranking.control.subNone': '— không (xếp theo chỉ số ở trên) —',
  'ranking.compare.period': 'Thay đổi so với {previous} (kỳ trước).',
  'ranking.compare.snapshot': 'Thay đổi so với {previous} (ngày chốt trước, cùng kỳ).',
  'ranking.compare.none': 'Chưa có {previous} để so sánh: mọi đơn vị được tính là mới.',
  'ranking.fact.equalGroup':
    'Nhóm {groups} bằng nhau cho mọi đơn vị ({value} điểm) nên không phân biệt thứ hạng của ai.',
  'ranking.fact.equalGroups':
    'Các nhóm {groups} bằng nhau cho mọi đơn vị nên không phân biệt thứ hạng của ai.',
  'ranking.fact.mdhlFull': {
    other:
      '{count} đơn vị đạt đủ 18/18 điểm Mức độ hài lòng (MDHL): theo cách chấm của Cổng DVCQG, đơn vị không có phản ánh, kiến nghị (PAKN) nào trong kỳ được tính đủ điểm các chỉ tiêu về PAKN.',
  },
  'ranking.fact.ties': {
    other:
      '{count} đơn vị có điểm bằng nhau với ít nhất một đơn vị khác và dùng chung thứ hạng (ví dụ hạng {example}).',
  },
  'ranking.fact.tiesPublished':
    'Nguồn dữ liệu (trình thu thập) đánh số các đơn vị bằng điểm liên tiếp nhau; ở đây chúng dùng chung một hạng, xếp theo thứ tự của nguồn.',
  'ranking.fact.subNoValues':
    'Kỳ này không có số liệu chỉ tiêu «{name}»: chọn kỳ khác hoặc bỏ chọn chỉ tiêu thành phần.',
  'ranking.fact.subMissing':
    'Không có chỉ tiêu thành phần «{code}» trong dữ liệu: xếp theo {metric}.',
  'ranking.fact.groupMissing': {
    other:
      '{count} đơn vị thiếu ít nhất một nhóm chỉ số (chỉ nhập một phần tệp của Cổng): không có tổng điểm.',
  },
  'portal.title': 'Tệp của Cổng Dịch vụ công quốc gia (chỉ số 766)',
  'portal.help':
    'Các tệp JSON của Cổng DVCQG: phản hồi của API đánh giá (mỗi nhóm một tệp: transparency, dvc-progress-tree, provide-online-tree, formality-online-payment-tree, dossier-digitized, handling-satisfaction) hoặc ảnh chụp hằng ngày của trình thu thập. Đơn vị được ghép theo departmentId; sở, ngành được để riêng, không xếp hạng cùng xã, phường.',
  'portal.snapshots': 'Ảnh chụp của trình thu thập: kỳ và ngày chốt đọc từ chính tệp.',
  'portal.responses': 'Phản hồi API của Cổng',
  'portal.periodNote':
    'Phản hồi của Cổng không ghi kỳ đánh giá (kỳ nằm trong yêu cầu gửi đi): hãy kiểm tra kỳ và ngày lấy số liệu dưới đây.',
  'portal.periodType': 'Loại kỳ',
  'portal.periodValue': 'Kỳ (YYYY-MM, YYYY-Qn hoặc YYYY)',
  'portal.snapshotDate': 'Ngày lấy số liệu',
  'portal.periodInvalid': 'Kỳ «{value}» không khớp loại kỳ đã chọn.',
  'portal.run': 'Nhập số liệu của Cổng',
  'portal.done': 'Đã nạp số liệu của Cổng: mọi trang giờ dùng số liệu này.',
  'periodType.month': 'Tháng',
  'periodType.quarter': 'Quý',
  'periodType.year': 'Năm (lũy kế từ đầu năm)',
  'portal.reading': 'Đang đọc tệp…',
  'portal.failed': 'Không đọc được các tệp: {message}',
  'portal.report.title': 'Báo cáo nhập số liệu của Cổng DVCQG',
  'portal.report.files': { other: 'Đã đọc {count} tệp.' },
  'portal.report.snapshot':
    '{period}, ngày {date}: {communes} xã, phường và {agencies} sở, ngành ({files}).',
  'portal.report.mode.own':
    'Không có danh sách đơn vị của {province} đã nạp: dùng các xã, phường có trong tệp ({count} đơn vị, mã của Cổng).',
  'portal.report.mode.reference':
    'Ghép theo tên với danh sách đơn vị của {province} đã nạp: {matched} đơn vị khớp.',
  'portal.report.imported': { other: '{count} xã, phường được nhập.' },
  'portal.report.agencies': {
    other:
      '{count} sở, ngành ({share} trong {total} đơn vị của tệp) được để riêng: không xếp hạng cùng xã, phường.',
  },
  'portal.report.unmatched': { other: '{count} đơn vị không khớp tên, không được nhập: {names}.' },
  'portal.report.typeUnknown': {
    other: '{count} đơn vị không rõ loại (xã, phường, đặc khu), không được nhập: {names}.',
  },
  'portal.report.withoutScore': {
    other:
      '{count} đơn vị trong danh sách không có điểm trong tệp (hiện là «chưa có điểm»): {names}.',
  },
  'portal.report.rows':
    'Ghi ra: {scores} dòng điểm, {metrics} dòng chỉ tiêu thành phần{units}. Mỗi dòng được kiểm tra như tệp CSV tải lên.',
  'portal.report.unitsRows': ', {count} đơn vị',
  'portal.report.nothing': 'Không có dòng điểm nào để nạp: dữ liệu đang dùng không đổi.',
  'portal.report.issues': { other: '{count} vấn đề trong tệp' },
  'portal.report.matchTable': 'Tải bảng ghép đơn vị (CSV)',
  'portal.issue.file': 'Tệp',
  'portal.issue.path': 'Vị trí',
  'portal.issue.unit': 'Đơn vị',
  'portal.issue.reason': 'Lý do',
  'portal.issue.severity': 'Xử lý',
  'portal.issue.flagged': 'giữ nguyên, đánh dấu',
  'portal.issue.rejected': 'không nhập',
  'portal.reason.not-json': 'không phải JSON',
  'portal.reason.not-portal-shape': 'không phải dạng dữ liệu của Cổng',
  'portal.reason.group-unknown': 'không rõ nhóm chỉ số',
  'portal.reason.group-repeated': 'nhóm đã có ở tệp khác',
  'portal.reason.group-mismatch': 'tên tệp và nội dung khác nhóm',
  'portal.reason.unit-invalid': 'đơn vị thiếu mã hoặc tên',
  'portal.reason.unit-duplicate': 'đơn vị lặp lại',
  'portal.reason.group-missing': 'thiếu nhóm này cho đơn vị',
  'portal.reason.total-mismatch': 'tổng điểm khác tổng các nhóm',
  'portal.reason.score-above-max': 'điểm vượt điểm tối đa',
  'portal.reason.period-missing': 'chưa có kỳ đánh giá',
  'portal.reason.period-mismatch': 'kỳ khác các tệp cùng nhóm',
  'portal.reason.province-mismatch': 'khác tỉnh với các tệp khác',
} as const;
