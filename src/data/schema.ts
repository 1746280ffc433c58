import { INDEX_GROUPS, INDEX_MAX_TOTAL } from './index-groups.ts';

/** How a CSV value is read and checked. SQL types follow from the kind. */
export type ColumnKind =
  | { readonly type: 'code' }
  | { readonly type: 'text' }
  /** A period label: `YYYY-MM`, `YYYY-Qn`, `YYYY`; a day-first month (`7/2025`) is read as `YYYY-MM`. */
  | { readonly type: 'period' }
  | {
      readonly type: 'enum';
      readonly values: readonly string[];
      /** Labels a spreadsheet may use for a value besides the value itself ("Tháng" → month). */
      readonly labels?: Readonly<Record<string, readonly string[]>>;
    }
  | { readonly type: 'month' }
  | { readonly type: 'date' }
  | { readonly type: 'count' }
  | { readonly type: 'number'; readonly min: number; readonly max?: number };

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly nullable?: boolean;
}

export type DatasetId = 'units' | 'index_scores' | 'index_metrics' | 'dossiers' | 'petitions';

export interface DatasetSpec {
  readonly id: DatasetId;
  readonly columns: readonly ColumnSpec[];
  /** Columns that identify a row: a second row with the same key is rejected. */
  readonly key: readonly string[];
}

export type SqlColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE';

export function sqlTypeOf(kind: ColumnKind): SqlColumnType {
  switch (kind.type) {
    case 'count':
      return 'INTEGER';
    case 'number':
      return 'DOUBLE';
    case 'date':
      return 'DATE';
    default:
      return 'VARCHAR';
  }
}

export const UNIT_TYPES = ['xa', 'phuong', 'dac_khu'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const PERIOD_TYPES = ['month', 'quarter', 'year'] as const;

export type PeriodType = (typeof PERIOD_TYPES)[number];

export const PETITION_TOPICS = [
  'dat_dai',
  'ha_tang_giao_thong',
  'chinh_sach_xa_hoi',
  'y_te',
  'giao_duc',
  'moi_truong',
  'kinh_te_ngan_sach',
  'khac',
] as const;
export type PetitionTopic = (typeof PETITION_TOPICS)[number];

const count = (name: string): ColumnSpec => ({ name, kind: { type: 'count' } });

export const unitsSpec: DatasetSpec = {
  id: 'units',
  key: ['code'],
  columns: [
    { name: 'code', kind: { type: 'code' } },
    { name: 'name', kind: { type: 'text' } },
    {
      name: 'type',
      kind: { type: 'enum', values: UNIT_TYPES, labels: { xa: ['Xã'], phuong: ['Phường'] } },
    },
    // Unknown for units read from the national portal, which publishes neither.
    { name: 'former_district', kind: { type: 'text' }, nullable: true },
    { name: 'area_km2', kind: { type: 'number', min: 0 }, nullable: true },
    { name: 'population', kind: { type: 'count' }, nullable: true },
    { name: 'population_source', kind: { type: 'text' }, nullable: true },
    // The province or centrally-run city; titles and exports name it instead of assuming one.
    { name: 'province', kind: { type: 'text' }, nullable: true },
    // The national portal's identifiers (`departmentId`, `departmentCode`), when known.
    { name: 'portal_id', kind: { type: 'text' }, nullable: true },
    { name: 'portal_code', kind: { type: 'text' }, nullable: true },
  ],
};

export const indexScoresSpec: DatasetSpec = {
  id: 'index_scores',
  key: ['code', 'snapshot_date', 'period_type', 'period'],
  columns: [
    { name: 'code', kind: { type: 'code' } },
    { name: 'snapshot_date', kind: { type: 'date' } },
    {
      name: 'period_type',
      kind: {
        type: 'enum',
        values: PERIOD_TYPES,
        labels: { month: ['Tháng'], quarter: ['Quý'], year: ['Năm', 'Lũy kế năm'] },
      },
    },
    { name: 'period', kind: { type: 'period' } },
    // A group may be absent when only some of the portal's six responses were imported. Its
    // maximum is a row rule (`dataset-rules.ts`): a source that published more is flagged.
    ...INDEX_GROUPS.map((group): ColumnSpec => ({
      name: group.key,
      kind: { type: 'number', min: 0 },
      nullable: true,
    })),
    { name: 'total', kind: { type: 'number', min: 0, max: INDEX_MAX_TOTAL }, nullable: true },
    // `published_mismatch`: the source published figures that do not add up (a total its groups
    // do not sum to, a group above its maximum); kept as published and flagged, never corrected.
    {
      name: 'total_flag',
      kind: { type: 'enum', values: ['published_mismatch'] },
      nullable: true,
    },
    // The rank a tracker published (a crawler's `groupRank`): kept and compared, never used as ours.
    { name: 'published_rank', kind: { type: 'count' }, nullable: true },
    // The portal's dossier totals of the period (the TDGQ response), when imported.
    { name: 'dossiers_received', kind: { type: 'count' }, nullable: true },
    { name: 'dossiers_on_time', kind: { type: 'count' }, nullable: true },
    { name: 'dossiers_overdue', kind: { type: 'count' }, nullable: true },
    { name: 'avg_processing_days', kind: { type: 'number', min: 0 }, nullable: true },
  ],
};

/** One sub-indicator of one group, for one unit and snapshot, as the portal publishes it. */
export const indexMetricsSpec: DatasetSpec = {
  id: 'index_metrics',
  key: ['code', 'snapshot_date', 'period_type', 'period', 'metric_code'],
  columns: [
    { name: 'code', kind: { type: 'code' } },
    { name: 'snapshot_date', kind: { type: 'date' } },
    {
      name: 'period_type',
      kind: {
        type: 'enum',
        values: PERIOD_TYPES,
        labels: { month: ['Tháng'], quarter: ['Quý'], year: ['Năm', 'Lũy kế năm'] },
      },
    },
    { name: 'period', kind: { type: 'period' } },
    { name: 'group', kind: { type: 'enum', values: INDEX_GROUPS.map((group) => group.key) } },
    { name: 'metric_code', kind: { type: 'text' } },
    { name: 'metric_name', kind: { type: 'text' } },
    { name: 'numerator', kind: { type: 'number', min: 0 }, nullable: true },
    { name: 'denominator', kind: { type: 'number', min: 0 }, nullable: true },
    // Percent as published (0–100; the portal rounds, and a few published ratios exceed 100).
    { name: 'ratio', kind: { type: 'number', min: 0 }, nullable: true },
    { name: 'score', kind: { type: 'number', min: 0 }, nullable: true },
    { name: 'max_score', kind: { type: 'number', min: 0 } },
  ],
};

export const DOSSIER_COUNT_COLUMNS = [
  'carried_over',
  'received_online',
  'received_in_person',
  'received_postal',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'pending_in_time',
  'pending_overdue',
  'returned',
] as const;

export const dossiersSpec: DatasetSpec = {
  id: 'dossiers',
  key: ['code', 'month'],
  columns: [
    { name: 'code', kind: { type: 'code' } },
    { name: 'month', kind: { type: 'month' } },
    ...DOSSIER_COUNT_COLUMNS.map(count),
  ],
};

export const PETITION_COUNT_COLUMNS = [
  'received',
  'answered_on_spot',
  'answered_later',
  'transferred',
  'pending',
] as const;

export const petitionsSpec: DatasetSpec = {
  id: 'petitions',
  key: ['code', 'month', 'topic'],
  columns: [
    { name: 'code', kind: { type: 'code' } },
    { name: 'month', kind: { type: 'month' } },
    { name: 'topic', kind: { type: 'enum', values: PETITION_TOPICS } },
    ...PETITION_COUNT_COLUMNS.map(count),
  ],
};

export const DATASET_SPECS: Readonly<Record<DatasetId, DatasetSpec>> = {
  units: unitsSpec,
  index_scores: indexScoresSpec,
  index_metrics: indexMetricsSpec,
  dossiers: dossiersSpec,
  petitions: petitionsSpec,
};

/** Load order: units first, because the other datasets are checked against its codes. */
export const DATASET_ORDER: readonly DatasetId[] = [
  'units',
  'index_scores',
  'index_metrics',
  'dossiers',
  'petitions',
];

/** A validated value: text stays text (codes keep their zeros), counts and scores are numbers. */
export type CellValue = string | number | null;
export type ValidRow = Readonly<Record<string, CellValue>>;
