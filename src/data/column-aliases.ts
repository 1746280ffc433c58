import { foldVietnamese } from './fold-vietnamese.ts';
import type { DatasetId, DatasetSpec } from './schema.ts';

/**
 * Header names a spreadsheet may use for each column besides the column's own name: Vietnamese
 * headers as officials type them (with or without diacritics), and plain English. Matching is
 * case-, space-, punctuation- and diacritic-insensitive (`normaliseHeader`), so "Mã xã",
 * "MA XA" and "ma_xa" are one alias. The data dictionary on the Data page lists these.
 */
export const COLUMN_ALIASES: Readonly<
  Record<DatasetId, Readonly<Record<string, readonly string[]>>>
> = {
  units: {
    code: ['Mã', 'Mã xã', 'Mã đơn vị', 'Mã ĐVHC', 'Unit code'],
    name: ['Tên', 'Tên xã', 'Tên đơn vị', 'Đơn vị', 'Unit', 'Unit name'],
    type: ['Loại', 'Loại đơn vị', 'Cấp', 'Unit type'],
    former_district: ['Huyện cũ', 'Quận/huyện cũ', 'Huyện/quận cũ', 'Former district'],
    area_km2: ['Diện tích', 'Diện tích (km2)', 'Diện tích km2', 'Area', 'Area (km2)'],
    population: ['Dân số', 'Population'],
    population_source: ['Nguồn dân số', 'Population source'],
    province: ['Tỉnh', 'Tỉnh/thành phố', 'Tỉnh, thành phố', 'Tỉnh/thành', 'Province'],
    portal_id: ['departmentId', 'Mã định danh', 'Portal id'],
    portal_code: ['departmentCode', 'Mã cổng', 'Mã trên cổng', 'Portal code'],
  },
  index_scores: {
    code: ['Mã', 'Mã xã', 'Mã đơn vị', 'Unit code'],
    snapshot_date: ['Ngày', 'Ngày cập nhật', 'Ngày chốt', 'Ngày số liệu', 'Snapshot date', 'Date'],
    period_type: ['Loại kỳ', 'Loại kỳ đánh giá', 'Period type'],
    period: ['Kỳ', 'Kỳ đánh giá', 'Tháng', 'Period', 'Month'],
    ckmb: ['Công khai, minh bạch', 'Công khai minh bạch', 'Publicity and transparency'],
    tdgq: ['Tiến độ giải quyết', 'Tiến độ', 'Processing progress'],
    dvctt: ['Dịch vụ công trực tuyến', 'DVC trực tuyến', 'Online public services'],
    tttt: ['Thanh toán trực tuyến', 'Online payment'],
    mdsh: ['Số hóa hồ sơ', 'Mức độ số hóa', 'Dossier digitisation', 'Digitisation'],
    mdhl: ['Mức độ hài lòng', 'Hài lòng', 'Satisfaction'],
    total: ['Tổng điểm', 'Tổng', 'Điểm', 'Total', 'Total score'],
    total_flag: ['Ghi chú tổng điểm', 'Total flag'],
    published_rank: ['Thứ hạng', 'Hạng', 'groupRank', 'Rank', 'Published rank'],
    dossiers_received: ['Tổng hồ sơ tiếp nhận', 'totalReceived', 'Dossiers received'],
    dossiers_on_time: ['Tổng hồ sơ đúng hạn', 'totalOnTime', 'Dossiers on time'],
    dossiers_overdue: ['Tổng hồ sơ quá hạn', 'totalOverdue', 'Dossiers overdue'],
    avg_processing_days: ['Thời gian giải quyết trung bình', 'avgProcessingDays', 'Average days'],
  },
  index_metrics: {
    code: ['Mã', 'Mã xã', 'Mã đơn vị', 'Unit code'],
    snapshot_date: ['Ngày', 'Ngày chốt', 'Snapshot date', 'Date'],
    period_type: ['Loại kỳ', 'Period type'],
    period: ['Kỳ', 'Kỳ đánh giá', 'Period'],
    group: ['Nhóm', 'Nhóm chỉ số', 'Group'],
    metric_code: ['Mã chỉ tiêu', 'Metric code', 'code'],
    metric_name: ['Tên chỉ tiêu', 'Chỉ tiêu', 'Metric', 'name'],
    numerator: ['Tử số', 'Numerator'],
    denominator: ['Mẫu số', 'Denominator'],
    ratio: ['Tỷ lệ', 'Tỉ lệ', 'Ratio'],
    score: ['Điểm', 'Score'],
    max_score: ['Điểm tối đa', 'maxScore', 'Max score'],
  },
  dossiers: {
    code: ['Mã', 'Mã xã', 'Mã đơn vị', 'Unit code'],
    month: ['Tháng', 'Month'],
    carried_over: ['Kỳ trước chuyển sang', 'Tồn kỳ trước', 'Chuyển sang', 'Carried over'],
    received_online: ['Tiếp nhận trực tuyến', 'Trực tuyến', 'Received online'],
    received_in_person: ['Tiếp nhận trực tiếp', 'Trực tiếp', 'Received in person'],
    received_postal: ['Tiếp nhận qua bưu chính', 'Bưu chính', 'Received by post'],
    resolved_early: ['Giải quyết trước hạn', 'Trước hạn', 'Resolved early'],
    resolved_on_time: ['Giải quyết đúng hạn', 'Đúng hạn', 'Resolved on time'],
    resolved_late: ['Giải quyết trễ hạn', 'Trễ hạn', 'Giải quyết quá hạn', 'Resolved late'],
    pending_in_time: ['Đang giải quyết trong hạn', 'Trong hạn', 'Pending in time'],
    pending_overdue: ['Đang giải quyết quá hạn', 'Quá hạn', 'Pending overdue'],
    returned: ['Trả lại', 'Rút hồ sơ', 'Trả lại, rút hồ sơ', 'Returned'],
  },
  petitions: {
    code: ['Mã', 'Mã xã', 'Mã đơn vị', 'Unit code'],
    month: ['Tháng', 'Month'],
    topic: ['Lĩnh vực', 'Chủ đề', 'Topic'],
    received: ['Tiếp nhận', 'Số kiến nghị', 'Tổng số', 'Received'],
    answered_on_spot: ['Trả lời tại chỗ', 'Giải đáp tại chỗ', 'Answered on the spot'],
    answered_later: ['Trả lời sau', 'Trả lời bằng văn bản', 'Answered later'],
    transferred: ['Chuyển cơ quan khác', 'Đã chuyển', 'Chuyển', 'Transferred'],
    pending: ['Đang giải quyết', 'Chưa trả lời', 'Pending'],
  },
};

/** "Mã xã", " MA_XA ", "ma-xa" → "ma xa": what header names are compared as. */
export function normaliseHeader(name: string): string {
  return foldVietnamese(name.replace(/^\uFEFF/, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every normalised name a column answers to: its own name first, then its aliases. */
export function columnNames(dataset: DatasetId, column: string): string[] {
  const aliases = COLUMN_ALIASES[dataset][column] ?? [];
  return [...new Set([column, ...aliases].map(normaliseHeader))];
}

export interface HeaderMatch {
  /** Column name → index of the header cell it was found in (first match wins). */
  readonly index: ReadonlyMap<string, number>;
  /** Columns named by more than one header cell (by name or alias): the file is ambiguous. */
  readonly duplicated: readonly string[];
  /** Header cells that name no column (kept as information; they are not loaded). */
  readonly unknown: readonly string[];
}

/** Finds each column of the spec in a header, by name or alias, ignoring case and diacritics. */
export function matchHeader(spec: DatasetSpec, header: readonly string[]): HeaderMatch {
  const normalised = header.map(normaliseHeader);
  const index = new Map<string, number>();
  const duplicated: string[] = [];
  const claimed = new Set<number>();
  // Exact column names first, so an alias ("Tháng" is also a period) never steals a real name.
  const passes = [
    (column: string) => [normaliseHeader(column)],
    (column: string) => columnNames(spec.id, column),
  ];
  for (const names of passes) {
    for (const column of spec.columns) {
      if (index.has(column.name)) continue;
      const wanted = new Set(names(column.name));
      const hits = normalised
        .map((name, position) => (wanted.has(name) && !claimed.has(position) ? position : -1))
        .filter((position) => position >= 0);
      const first = hits[0];
      if (first === undefined) continue;
      index.set(column.name, first);
      claimed.add(first);
      if (hits.length > 1) duplicated.push(column.name);
    }
  }
  // A column answered by a second, unclaimed cell (by name or alias) is ambiguous.
  for (const column of spec.columns) {
    if (!index.has(column.name) || duplicated.includes(column.name)) continue;
    const names = new Set(columnNames(spec.id, column.name));
    const others = normalised.filter((name, position) => names.has(name) && !claimed.has(position));
    if (others.length > 0) duplicated.push(column.name);
  }
  const unknown = header.filter((_, position) => !claimed.has(position));
  return { index, duplicated, unknown };
}
