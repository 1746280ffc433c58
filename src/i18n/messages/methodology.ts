import type { TranslationOf } from '../plural.ts';

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

export const methodologyEn: TranslationOf<typeof methodologyVi> = {
  'method.title': 'Methodology: how every figure is computed',
  // English texts write Vietnamese document numbers without diacritics: 766/QD-TTg.
  'method.index.title': 'Service index (Decision 766/QD-TTg)',
  'method.index.body':
    'Each unit is scored on 6 groups, 100 points in all. The portal updates scores continuously and they accumulate over the period: “ranked 1st on 31/7” is a snapshot, on one day, of the month’s running score. The monthly ranking uses the latest snapshot in that month. When a file has no total column, the total is the sum of the 6 groups; when it has one, it must equal that sum (within 0.01).',
  'method.index.caption': 'The six index groups and their maximum points',
  'method.index.group': 'Group',
  'method.index.code': 'Code',
  'method.index.max': 'Max',
  'method.rank.title': 'Ranking',
  'method.rank.body':
    'Ranks are computed, not read from files: competition ranking by descending score (1, 2, 2, 4); units with equal scores share a rank and are listed by name (Vietnamese alphabetical order). Ranks are always among all units scored that month; filters only hide rows. A unit without a score in a month is listed but not ranked. Every join uses the 5-digit unit code, never names (“Hòa” and “Hoà” are different strings; one name can be both a commune and a ward).',
  'method.rates.title': 'Two “on-time” rates',
  'method.rates.body':
    'There are two definitions and they give different results; this site always says which one it shows.',
  'method.rates.portal':
    'Portal rate (item 2.1, Decision 766) = (early + on time + in progress within deadline) ÷ all dossiers handled or in progress.',
  'method.rates.press':
    'Press rate (“resolved on time”) = (early + on time) ÷ (early + on time + late).',
  'method.rates.example':
    'Published example, Nguyệt Ấn commune (Thanh Hóa): {early} dossiers resolved early or on time, {inTime} in progress within deadline, {late} late, {all} in all → portal rate {portal}, press rate {press} (the figure printed).',
  'method.rates.small':
    'A rate computed from fewer than 20 dossiers is flagged “small n”; every rate comes with its count (n). A zero denominator shows “—”.',
  'method.quality.title': 'Data checks',
  'method.quality.body':
    'Every row of every file is either loaded or rejected with its file, line, column and reason: rows read = rows loaded + rows rejected. Rejected: a unit code that is not 5 digits or not in the units list, a duplicate key, a negative or non-integer count, a score outside [0, max], a total that differs from the sum of groups, petitions received that differ from the sum of outcomes. Warning only (still loaded): dossiers that do not balance (carried over + received ≠ resolved + in progress + returned), because real reports do not always balance.',
  'method.bands.title': 'Score colour bands',
  'method.bands.body':
    'The state defines no rating bands for this score. The colour bands (when switched on) are this site’s convention, not an official rating.',
  'method.petitions.title': 'Voters’ petitions',
  'method.petitions.body':
    'Voters’ petitions (gathered at meetings between voters and deputies) are not part of the 766 index and differ from complaints about administrative procedures. Topics are this site’s own taxonomy, not an official list. Petitions per 10,000 residents are computed only where the population is known; elsewhere the site says “population unknown” and estimates nothing.',
  'method.petitions.coverage': {
    one: 'The loaded data knows the population of {known} of {count} unit.',
    other: 'The loaded data knows the population of {known} of {count} units.',
  },
  'method.sample.title': 'Sample data (synthetic)',
  'method.sample.body':
    'The scores, dossiers and petitions shipped with the site are machine-generated (fixed seed) from the real list of 94 units, over 16 months (7/2025–10/2026); they are not official figures. They are made plausible and consistent with a few published facts: Chiên Đàn ranked 1st of 94 on 31/7/2025; Xuân Phú handled over 1,051 dossiers in its first month, over 99% on time; Chiên Đàn received 119 voters’ petitions in its first round of meetings. Population is not synthesised.',
  'method.sources.title': 'Sources',
  'method.sources.body':
    'Unit list and codes: Official Letter 1027/CTK-CSCL (General Statistics Office). Unit types and former districts: Resolution 1659/NQ-UBTVQH15. Areas: the official merger map (sapnhap.bando.com.vn). Population: the source given next to each unit. Index: Decision 766/QD-TTg (2022).',
};
