import type { DatasetId } from './schema.ts';

/** A text in both languages of the app. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

/** What a column holds, for people: its name in Vietnamese and English, and its unit if it has one. */
export interface ColumnLabel {
  readonly name: BilingualText;
  readonly unit?: BilingualText;
}

const CODE: ColumnLabel = {
  name: { vi: 'Mã đơn vị hành chính', en: 'Administrative unit code' },
};
const MONTH: ColumnLabel = { name: { vi: 'Tháng báo cáo', en: 'Reporting month' } };
const POINTS: BilingualText = { vi: 'điểm', en: 'points' };
const DOSSIERS: BilingualText = { vi: 'hồ sơ', en: 'dossiers' };
const PETITIONS: BilingualText = { vi: 'kiến nghị', en: 'petitions' };

const points = (vi: string, en: string): ColumnLabel => ({ name: { vi, en }, unit: POINTS });
const dossiers = (vi: string, en: string): ColumnLabel => ({ name: { vi, en }, unit: DOSSIERS });
const petitions = (vi: string, en: string): ColumnLabel => ({ name: { vi, en }, unit: PETITIONS });

/**
 * The people-facing name and unit of every schema column, keyed by dataset and column: the one
 * place the data dictionary, its downloads and the templates take them from
 * (`column-labels.test.ts` checks every column of `DATASET_SPECS` has both names).
 */
export const COLUMN_LABELS: Readonly<Record<DatasetId, Readonly<Record<string, ColumnLabel>>>> = {
  units: {
    code: CODE,
    name: { name: { vi: 'Tên đơn vị', en: 'Unit name' } },
    type: { name: { vi: 'Loại đơn vị (xã, phường, đặc khu)', en: 'Unit type' } },
    former_district: { name: { vi: 'Huyện/quận cũ', en: 'Former district' } },
    area_km2: { name: { vi: 'Diện tích', en: 'Area' }, unit: { vi: 'km²', en: 'km²' } },
    population: { name: { vi: 'Dân số', en: 'Population' }, unit: { vi: 'người', en: 'people' } },
    population_source: { name: { vi: 'Nguồn số liệu dân số', en: 'Source of the population' } },
    province: { name: { vi: 'Tỉnh, thành phố', en: 'Province or city' } },
    portal_id: {
      name: { vi: 'Mã định danh trên Cổng DVCQG (departmentId)', en: 'Portal id (departmentId)' },
    },
    portal_code: { name: { vi: 'Mã đơn vị trên Cổng DVCQG', en: 'Portal unit code' } },
  },
  index_scores: {
    code: CODE,
    snapshot_date: { name: { vi: 'Ngày chốt số liệu', en: 'Snapshot date' } },
    period_type: { name: { vi: 'Loại kỳ đánh giá', en: 'Period type' } },
    period: { name: { vi: 'Kỳ đánh giá', en: 'Assessment period' } },
    ckmb: points('Công khai, minh bạch', 'Publicity and transparency'),
    tdgq: points('Tiến độ giải quyết', 'Processing progress'),
    dvctt: points('Dịch vụ công trực tuyến', 'Online public services'),
    tttt: points('Thanh toán trực tuyến', 'Online payment'),
    mdsh: points('Số hóa hồ sơ', 'Dossier digitisation'),
    mdhl: points('Mức độ hài lòng', 'Satisfaction'),
    total: points('Tổng điểm', 'Total score'),
    total_flag: {
      name: { vi: 'Tổng điểm giữ nguyên như nguồn công bố', en: 'Total kept as published' },
    },
    published_rank: { name: { vi: 'Thứ hạng đã công bố', en: 'Published rank' } },
    dossiers_received: dossiers(
      'Hồ sơ tiếp nhận (tổng của Cổng)',
      'Dossiers received (portal total)',
    ),
    dossiers_on_time: dossiers('Hồ sơ đúng hạn (tổng của Cổng)', 'Dossiers on time (portal total)'),
    dossiers_overdue: dossiers('Hồ sơ quá hạn (tổng của Cổng)', 'Dossiers overdue (portal total)'),
    avg_processing_days: {
      name: { vi: 'Thời gian giải quyết trung bình', en: 'Average processing time' },
      unit: { vi: 'ngày', en: 'days' },
    },
  },
  index_metrics: {
    code: CODE,
    snapshot_date: { name: { vi: 'Ngày chốt số liệu', en: 'Snapshot date' } },
    period_type: { name: { vi: 'Loại kỳ đánh giá', en: 'Period type' } },
    period: { name: { vi: 'Kỳ đánh giá', en: 'Assessment period' } },
    group: { name: { vi: 'Nhóm chỉ số', en: 'Index group' } },
    metric_code: { name: { vi: 'Mã chỉ tiêu thành phần', en: 'Sub-indicator code' } },
    metric_name: { name: { vi: 'Tên chỉ tiêu thành phần', en: 'Sub-indicator name' } },
    numerator: { name: { vi: 'Tử số', en: 'Numerator' } },
    denominator: { name: { vi: 'Mẫu số', en: 'Denominator' } },
    ratio: { name: { vi: 'Tỷ lệ', en: 'Ratio' }, unit: { vi: '%', en: '%' } },
    score: points('Điểm đạt được', 'Score'),
    max_score: points('Điểm tối đa', 'Maximum score'),
  },
  dossiers: {
    code: CODE,
    month: MONTH,
    carried_over: dossiers('Tồn kỳ trước chuyển sang', 'Carried over from the previous month'),
    received_online: dossiers('Tiếp nhận trực tuyến', 'Received online'),
    received_in_person: dossiers('Tiếp nhận trực tiếp', 'Received in person'),
    received_postal: dossiers('Tiếp nhận qua bưu chính', 'Received by post'),
    resolved_early: dossiers('Giải quyết trước hạn', 'Resolved early'),
    resolved_on_time: dossiers('Giải quyết đúng hạn', 'Resolved on time'),
    resolved_late: dossiers('Giải quyết trễ hạn', 'Resolved late'),
    pending_in_time: dossiers('Đang giải quyết trong hạn', 'In progress, within deadline'),
    pending_overdue: dossiers('Đang giải quyết quá hạn', 'In progress, overdue'),
    returned: dossiers('Trả lại, rút hồ sơ', 'Returned or withdrawn'),
  },
  petitions: {
    code: CODE,
    month: MONTH,
    topic: { name: { vi: 'Lĩnh vực kiến nghị', en: 'Topic' } },
    received: petitions('Số kiến nghị tiếp nhận', 'Petitions received'),
    answered_on_spot: petitions('Trả lời tại chỗ', 'Answered on the spot'),
    answered_later: petitions('Trả lời sau', 'Answered later'),
    transferred: petitions('Chuyển cơ quan khác', 'Transferred to another body'),
    pending: petitions('Đang giải quyết', 'Pending'),
  },
};
