import type { TranslationOf } from '../plural.ts';

/**
 * Downloads: chart images (PNG, SVG), table files (CSV, XLSX) and the provenance each file
 * carries (title, filters, coverage, sources, data date, page, export time, sample mark).
 */
export const exportsVi = {
  'chart.downloadSvg': 'Tải ảnh biểu đồ (SVG)',
  'tableDownload.shownGroup': { other: 'Tải bảng như đang hiển thị ({count} dòng, đã lọc)' },
  'tableDownload.wholeGroup': { other: 'Tải toàn bộ bảng ({count} dòng, không lọc)' },
  'tableDownload.shownRows': { other: 'Như đang hiển thị ({count} dòng):' },
  'tableDownload.wholeRows': { other: 'Toàn bộ bảng ({count} dòng):' },
  'tableDownload.wholeCsv': 'Tải toàn bộ bảng (CSV)',
  'tableDownload.wholeXlsx': 'Tải toàn bộ bảng (XLSX)',
  'tableDownload.provenanceHint':
    'Mỗi tệp ghi tiêu đề, bộ lọc, nguồn, ngày dữ liệu, địa chỉ trang và thời điểm tải (CSV: cột xuat_xu; XLSX: trang “Nguồn”).',
  'export.fact.title': 'Tiêu đề',
  'export.fact.filters': 'Bộ lọc',
  'export.fact.scope': 'Phạm vi',
  'export.fact.source': 'Nguồn ({dataset})',
  'export.fact.sources': 'Nguồn',
  'export.fact.dataDate': 'Ngày dữ liệu',
  'export.fact.url': 'Trang',
  'export.fact.exportedAt': 'Xuất lúc',
  'export.fact.note': 'Lưu ý',
  'export.noFilter': 'không lọc (toàn bộ bảng)',
  'export.noFilterChart': 'không lọc',
  'export.scope': { other: '{provinces} · {count} đơn vị' },
  'export.scopeUnits': { other: '{count} đơn vị' },
  'export.source.sample': 'dữ liệu mẫu tổng hợp, không phải số liệu chính thức',
  'export.source.reference': 'số liệu công bố kèm trang',
  'export.source.unitsReference': {
    other: 'danh sách {count} đơn vị theo Công văn 1027/CTK-CSCL và Nghị quyết 1659/NQ-UBTVQH15',
  },
  'export.source.upload': 'tệp {file} do người dùng tải lên',
  'export.syntheticMark': 'DỮ LIỆU MẪU (TỔNG HỢP) — không phải số liệu chính thức',
  'export.sheetName': 'Nguồn',
  'export.sheetItem': 'Mục',
  'export.sheetValue': 'Nội dung',
  'export.filter.type': 'Loại: {type}',
  'export.filter.district': 'Địa bàn cũ: {district}',
  'export.filter.period': 'Kỳ: {from} – {to}',
  'export.filter.unit': 'Đơn vị: {name}',
  'export.limit.first': 'chỉ {shown} dòng đầu / {count} vấn đề đã giữ',
  'export.filtered': { other: 'Đang lọc: {shown}/{count} đơn vị' },
  'export.dataDate.snapshot': '{month}, số liệu chốt ngày {date}',
  'export.dataDate.range': '{from} – {to}',
} as const;

export const exportsEn: TranslationOf<typeof exportsVi> = {
  'chart.downloadSvg': 'Download chart image (SVG)',
  'tableDownload.shownGroup': {
    one: 'Download the table as shown ({count} row, filtered)',
    other: 'Download the table as shown ({count} rows, filtered)',
  },
  'tableDownload.wholeGroup': {
    one: 'Download the whole table ({count} row, no filter)',
    other: 'Download the whole table ({count} rows, no filter)',
  },
  'tableDownload.shownRows': { one: 'As shown ({count} row):', other: 'As shown ({count} rows):' },
  'tableDownload.wholeRows': {
    one: 'Whole table ({count} row):',
    other: 'Whole table ({count} rows):',
  },
  'tableDownload.wholeCsv': 'Download the whole table (CSV)',
  'tableDownload.wholeXlsx': 'Download the whole table (XLSX)',
  'tableDownload.provenanceHint':
    'Each file states its title, filters, sources, data date, page address and download time (CSV: the xuat_xu column; XLSX: the “Source” sheet).',
  'export.fact.title': 'Title',
  'export.fact.filters': 'Filters',
  'export.fact.scope': 'Coverage',
  'export.fact.source': 'Source ({dataset})',
  'export.fact.sources': 'Sources',
  'export.fact.dataDate': 'Data date',
  'export.fact.url': 'Page',
  'export.fact.exportedAt': 'Exported',
  'export.fact.note': 'Note',
  'export.noFilter': 'none (whole table)',
  'export.noFilterChart': 'none',
  'export.scope': {
    one: '{provinces} · {count} unit',
    other: '{provinces} · {count} units',
  },
  'export.scopeUnits': { one: '{count} unit', other: '{count} units' },
  'export.source.sample': 'synthetic sample data, not official figures',
  'export.source.reference': 'figures published with the site',
  'export.source.unitsReference': {
    one: 'list of {count} unit per Official Letter 1027/CTK-CSCL and Resolution 1659/NQ-UBTVQH15',
    other:
      'list of {count} units per Official Letter 1027/CTK-CSCL and Resolution 1659/NQ-UBTVQH15',
  },
  'export.source.upload': 'the file {file} uploaded by the user',
  'export.syntheticMark': 'SAMPLE DATA (SYNTHETIC) — not official figures',
  'export.sheetName': 'Source',
  'export.sheetItem': 'Item',
  'export.sheetValue': 'Value',
  'export.filter.type': 'Type: {type}',
  'export.filter.district': 'Former district: {district}',
  'export.filter.period': 'Period: {from} – {to}',
  'export.filter.unit': 'Unit: {name}',
  'export.limit.first': 'only the first {shown} rows of {count} issues kept',
  'export.filtered': {
    one: 'Filtered: {shown} of {count} unit',
    other: 'Filtered: {shown} of {count} units',
  },
  'export.dataDate.snapshot': '{month}, figures as of {date}',
  'export.dataDate.range': '{from} – {to}',
};
