/**
 * Messages of the sub-indicators (`index_metrics`): the profile's panel, the methodology's
 * rules, and per code the name and what its numerator counts (`metrics.counts.*`, plural in
 * English). The codes are the portal's, as `data/metric-rules.ts` lists them.
 */
export const metricsVi = {
  'metrics.heading': 'Chỉ tiêu thành phần · {period}',
  'metrics.intro':
    'Số liệu {period}, ảnh chụp ngày {date}. “Có thể đạt thêm”: cần thêm bao nhiêu (cùng mẫu số) để đủ điểm theo quy tắc chấm điểm (xem trang Phương pháp).',
  'metrics.empty': 'Không có số liệu chỉ tiêu thành phần cho kỳ này',
  'metrics.caption': '{group}: {score}/{max} điểm · {name} · {period}',
  'metrics.captionNoScore': '{group} · {name} · {period}',
  'metrics.subject': 'Chỉ tiêu thành phần: {name}, {period}',
  'metrics.col.name': 'Chỉ tiêu',
  'metrics.col.counts': 'Tử số / mẫu số',
  'metrics.col.ratio': 'Tỷ lệ',
  'metrics.col.score': 'Điểm / tối đa',
  'metrics.col.lost': 'Điểm bị mất',
  'metrics.col.reach': 'Có thể đạt thêm',
  'metrics.reach.gain': 'Thêm {items} → +{points} điểm (đủ điểm)',
  'metrics.reach.perItem': 'thêm 1 → +{points} điểm',
  'metrics.reach.full': 'Đã đạt điểm tối đa',
  'metrics.reach.not-scored': 'Chỉ theo dõi, không tính điểm',
  'metrics.reach.no-score': 'Cổng không công bố điểm',
  'metrics.reach.no-items': 'Mẫu số bằng 0: không có gì để tính',
  'metrics.reach.no-counts': 'Chỉ có tỷ lệ, không có tử số và mẫu số',
  'metrics.reach.ratio-not-counts': 'Tỷ lệ không bằng tử số ÷ mẫu số: không tính được',
  'metrics.reach.rule-not-published': 'Quy tắc chấm điểm chưa được công bố',
  'metrics.reach.rule-mismatch': 'Điểm công bố khác với quy tắc',
  'metrics.method.title': 'Chấm điểm chỉ tiêu thành phần',
  'metrics.method.body':
    'Mỗi nhóm gồm các chỉ tiêu thành phần Cổng DVCQG công bố (tử số, mẫu số, tỷ lệ, điểm). Nơi quy tắc đã rõ, điểm = điểm tối đa × min(1, tỷ lệ ÷ ngưỡng): từ ngưỡng trở lên là đủ điểm, dưới ngưỡng được điểm theo tỷ lệ. Mỗi ngưỡng được kiểm tra trên điểm Cổng công bố cho 163 đơn vị của Phú Thọ (tháng 8 và lũy kế năm 2026): với mọi đơn vị có gì để tính, điểm tính lại khớp điểm công bố trong phạm vi 0,01. Nơi mọi đơn vị có cùng một tỷ lệ (đều 0 %, đều 100 % hoặc một giá trị chung của tỉnh), điểm không cho biết quy tắc: bảng ghi “Quy tắc chấm điểm chưa được công bố”. Trang xã dùng các quy tắc này để tính “có thể đạt thêm”: cần thêm bao nhiêu hồ sơ (cùng mẫu số) để đủ điểm.',
  'metrics.method.caption': 'Quy tắc chấm điểm của từng chỉ tiêu thành phần',
  'metrics.method.code': 'Mã',
  'metrics.method.name': 'Chỉ tiêu',
  'metrics.method.max': 'Tối đa',
  'metrics.method.rule': 'Quy tắc',
  'metrics.method.source': 'Nguồn',
  'metrics.method.threshold': 'Đủ điểm từ {threshold}, dưới đó theo tỷ lệ',
  'metrics.method.whenNone': 'không có phản ánh, kiến nghị: đủ điểm',
  'metrics.method.noPoints': 'Chỉ theo dõi (0 điểm)',
  'metrics.name.PUBLISH_ON_TIME': 'Tỷ lệ TTHC công bố đúng hạn',
  'metrics.name.PUBLIC_UPDATE_ON_TIME': 'Tỷ lệ TTHC cập nhật, công khai đúng hạn',
  'metrics.name.PUBLIC_CONTENT_FULL': 'Tỷ lệ TTHC công khai đầy đủ nội dung',
  'metrics.name.DOSSIER_SYNC': 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG',
  'metrics.name.DOSSIER_ON_TIME': 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  'metrics.name.PROVIDE_ONLINE': 'Dịch vụ công trực tuyến (tỷ lệ của cả nhóm)',
  'metrics.name.ONLINE_PAYMENT': 'Thanh toán trực tuyến (tỷ lệ của cả nhóm)',
  'metrics.name.ORIGINAL_RESULT_AVAILABLE': 'Tỷ lệ hồ sơ TTHC có cấp kết quả giải quyết điện tử',
  'metrics.name.SO_HOA_GIAY_TO_GIAI_QUYET': 'Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ',
  'metrics.name.REUSED_DIGITIZED_DATA':
    'Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
  'metrics.name.SYNCED_WITH_DVCQG_PERSONAL_STORAGE':
    'Tỷ lệ hồ sơ TTHC được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng',
  'metrics.name.CITIZEN_DATA_CONNECTED_DOSSIER':
    'Tỷ lệ hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư',
  'metrics.name.CITIZEN_DATA_CONNECTED_FORMALITY':
    'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết TTHC',
  'metrics.name.ELECTRONIC_CERTIFIED_COPY':
    'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính',
  'metrics.name.PETITION_CLASSIFICATION_TTHC': 'Tỷ lệ PAKN về quy định, thủ tục hành chính',
  'metrics.name.DOSSIER_RECEIVING_SATISFACTION': 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
  'metrics.name.PETITION_PROCESSING_ON_TIME': 'Tỷ lệ PAKN xử lý đúng hạn',
  'metrics.name.PETITION_HANDLING_SATISFACTION': 'Tỷ lệ hài lòng trong xử lý PAKN',
  'metrics.name.PETITION_CLASSIFICATION_STAFF':
    'Tỷ lệ PAKN về hành vi cán bộ, công chức, viên chức',
  'metrics.counts.PUBLISH_ON_TIME': { other: '{count} thủ tục công bố đúng hạn' },
  'metrics.counts.PUBLIC_UPDATE_ON_TIME': { other: '{count} thủ tục cập nhật, công khai đúng hạn' },
  'metrics.counts.PUBLIC_CONTENT_FULL': { other: '{count} thủ tục công khai đầy đủ nội dung' },
  'metrics.counts.DOSSIER_SYNC': { other: '{count} hồ sơ đồng bộ lên Cổng DVCQG' },
  'metrics.counts.DOSSIER_ON_TIME': { other: '{count} hồ sơ đúng hạn' },
  'metrics.counts.PROVIDE_ONLINE': { other: '{count} hồ sơ trực tuyến' },
  'metrics.counts.ONLINE_PAYMENT': { other: '{count} hồ sơ thanh toán trực tuyến' },
  'metrics.counts.ORIGINAL_RESULT_AVAILABLE': { other: '{count} hồ sơ có kết quả điện tử' },
  'metrics.counts.SO_HOA_GIAY_TO_GIAI_QUYET': { other: '{count} hồ sơ được số hóa' },
  'metrics.counts.REUSED_DIGITIZED_DATA': { other: '{count} hồ sơ dùng lại dữ liệu số hóa' },
  'metrics.counts.SYNCED_WITH_DVCQG_PERSONAL_STORAGE': {
    other: '{count} hồ sơ số hóa được chia sẻ',
  },
  'metrics.counts.CITIZEN_DATA_CONNECTED_DOSSIER': { other: '{count} hồ sơ dùng dữ liệu dân cư' },
  'metrics.counts.CITIZEN_DATA_CONNECTED_FORMALITY': {
    other: '{count} thủ tục kết nối dữ liệu dân cư',
  },
  'metrics.counts.ELECTRONIC_CERTIFIED_COPY': { other: '{count} bản sao điện tử được chứng thực' },
  'metrics.counts.PETITION_CLASSIFICATION_TTHC': {
    other: '{count} phản ánh, kiến nghị về thủ tục',
  },
  'metrics.counts.DOSSIER_RECEIVING_SATISFACTION': {
    other: '{count} hồ sơ được đánh giá hài lòng',
  },
  'metrics.counts.PETITION_PROCESSING_ON_TIME': {
    other: '{count} phản ánh, kiến nghị xử lý đúng hạn',
  },
  'metrics.counts.PETITION_HANDLING_SATISFACTION': {
    other: '{count} phản ánh, kiến nghị được hài lòng',
  },
  'metrics.counts.PETITION_CLASSIFICATION_STAFF': {
    other: '{count} phản ánh, kiến nghị về cán bộ',
  },
} as const;
