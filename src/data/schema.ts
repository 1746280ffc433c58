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

export type DatasetId = 'units' | 'index_scores' | 'dossiers' | 'petitions';

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
    { name: 'former_district', kind: { type: 'text' } },
    { name: 'area_km2', kind: { type: 'number', min: 0 } },
    { name: 'population', kind: { type: 'count' }, nullable: true },
    { name: 'population_source', kind: { type: 'text' }, nullable: true },
    // The province or centrally-run city; titles and exports name it instead of assuming one.
    { name: 'province', kind: { type: 'text' }, nullable: true },
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
    ...INDEX_GROUPS.map((group): ColumnSpec => ({
      name: group.key,
      kind: { type: 'number', min: 0, max: group.max },
    })),
    { name: 'total', kind: { type: 'number', min: 0, max: INDEX_MAX_TOTAL }, nullable: true },
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
  dossiers: dossiersSpec,
  petitions: petitionsSpec,
};

/** Load order: units first, because the other datasets are checked against its codes. */
export const DATASET_ORDER: readonly DatasetId[] = [
  'units',
  'index_scores',
  'dossiers',
  'petitions',
];

/** A validated value: text stays text (codes keep their zeros), counts and scores are numbers. */
export type CellValue = string | number | null;
export type ValidRow = Readonly<Record<string, CellValue>>;
