/** Messages of the methodology page: how every figure is computed, and where it comes from. */
export const methodologyVi = {
  'method.title': 'Phương pháp: mỗi con số được tính thế nào',
  'method.index.title': 'Chỉ số phục vụ (Quyết định 766/QĐ-TTg)',
  'method.index.body':
    'Điểm của mỗi đơn vị gồm 6 nhóm, tổng tối đa 100 điểm. Điểm được cổng dịch vụ công cập nhật liên tục và cộng dồn trong kỳ: con số “xếp thứ 1 ngày 31/7” là ảnh chụp điểm cộng dồn của tháng vào một ngày. Bảng xếp hạng tháng dùng ảnh chụp mới nhất trong tháng đó. Nếu tệp không có cột tổng, tổng là tổng 6 nhóm; nếu có, nó phải bằng tổng 6 nhóm (sai lệch tối đa 0,01).',
  'method.index.caption': 'Sáu nhóm chỉ số và điểm tối đa',
  'method.index.group': 'Nhóm',
  'method.index.code': 'Mã',
  'method.index.max': 'Tối đa',
  'method.rank.title': 'Xếp hạng',
  'method.rank.body':
    'Hạng được tính, không lấy từ tệp: xếp hạng kiểu thi đấu theo điểm giảm dần (1, 2, 2, 4): các đơn vị bằng điểm cùng hạng và được liệt kê theo tên (thứ tự chữ cái tiếng Việt). Hạng luôn tính trên tất cả các đơn vị có điểm trong tháng; bộ lọc chỉ ẩn bớt dòng. Đơn vị không có điểm trong tháng được liệt kê nhưng không xếp hạng. Mọi phép nối dữ liệu dùng mã đơn vị 5 chữ số, không dùng tên (“Hòa” và “Hoà” là hai chuỗi khác nhau; cùng một tên có thể là xã và phường).',
  'method.rates.title': 'Hai tỷ lệ “đúng hạn”',
  'method.rates.body':
    'Có hai cách tính, cho kết quả khác nhau; trang này luôn ghi rõ đang dùng cách nào.',
  'method.rates.portal':
    'Tỷ lệ theo cổng (mục 2.1, QĐ 766) = (sớm hạn + đúng hạn + đang giải quyết trong hạn) ÷ tất cả hồ sơ đã và đang giải quyết.',
  'method.rates.press':
    'Tỷ lệ báo chí thường đưa (“giải quyết đúng hạn”) = (sớm hạn + đúng hạn) ÷ (sớm hạn + đúng hạn + trễ hạn).',
  'method.rates.example':
    'Ví dụ đã công bố, xã Nguyệt Ấn (Thanh Hóa): {early} hồ sơ giải quyết sớm hoặc đúng hạn, {inTime} đang giải quyết trong hạn, {late} trễ hạn, tổng {all} → tỷ lệ theo cổng {portal}, tỷ lệ báo chí {press} (con số đã được in).',
  'method.rates.small':
    'Tỷ lệ tính trên dưới 20 hồ sơ được đánh dấu “số nhỏ”; mọi tỷ lệ đi kèm số hồ sơ (n). Mẫu số bằng 0 hiển thị “—”.',
  'method.quality.title': 'Kiểm tra dữ liệu',
  'method.quality.body':
    'Mỗi dòng của mỗi tệp hoặc được nạp, hoặc bị loại kèm tệp, dòng, cột và lý do: số dòng đọc = số dòng nạp + số dòng loại. Bị loại: mã đơn vị không đúng 5 chữ số hoặc không có trong danh sách, dòng trùng khóa, số đếm âm hoặc không nguyên, điểm ngoài [0, tối đa], tổng khác tổng các nhóm, số kiến nghị tiếp nhận khác tổng các kết quả. Chỉ cảnh báo (vẫn nạp): hồ sơ không cân đối (tồn kỳ trước + tiếp nhận ≠ đã giải quyết + đang giải quyết + trả lại), vì báo cáo thật không phải lúc nào cũng cân.',
  'method.bands.title': 'Dải màu điểm',
  'method.bands.body':
    'Nhà nước không quy định mức xếp loại cho điểm này. Các dải màu (nếu bật) là quy ước của trang này, không phải xếp loại chính thức.',
  'method.petitions.title': 'Kiến nghị cử tri',
  'method.petitions.body':
    'Kiến nghị cử tri (thu nhận tại các buổi tiếp xúc cử tri) không thuộc chỉ số 766 và khác với phản ánh, kiến nghị về thủ tục hành chính. Chủ đề là cách phân loại của trang này, không phải danh mục chính thức. Số kiến nghị trên 10.000 dân chỉ tính ở nơi biết dân số; nơi khác ghi “chưa rõ dân số”, không ước tính.',
  'method.petitions.coverage': {
    other: 'Dữ liệu đang nạp biết dân số của {known}/{count} đơn vị.',
  },
  'method.sample.title': 'Dữ liệu mẫu (tổng hợp)',
  'method.sample.body':
    'Điểm số, hồ sơ và kiến nghị đi kèm trang là dữ liệu do máy tạo (có hạt giống cố định) từ danh sách thật 94 đơn vị, 16 tháng (7/2025–10/2026); không phải số liệu chính thức. Chúng được tạo cho hợp lý và khớp vài sự kiện đã công bố: xã Chiên Đàn xếp thứ 1/94 ngày 31/7/2025; xã Xuân Phú hơn 1.051 hồ sơ tháng đầu, trên 99 % đúng hạn; xã Chiên Đàn 119 kiến nghị cử tri trong đợt tiếp xúc đầu. Dân số không được tạo.',
  'method.sources.title': 'Nguồn',
  'method.sources.body':
    'Danh sách, mã đơn vị: Công văn 1027/CTK-CSCL (Tổng cục Thống kê). Loại đơn vị và huyện cũ: Nghị quyết 1659/NQ-UBTVQH15. Diện tích: bản đồ sáp nhập chính thức (sapnhap.bando.com.vn). Dân số: nguồn ghi cạnh từng đơn vị. Chỉ số: Quyết định 766/QĐ-TTg (2022).',
} as const;
