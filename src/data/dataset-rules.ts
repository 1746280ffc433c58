import { INDEX_GROUPS, TOTAL_TOLERANCE } from './index-groups.ts';
import {
  DOSSIER_COUNT_COLUMNS,
  PETITION_COUNT_COLUMNS,
  type DatasetId,
  type ValidRow,
} from './schema.ts';
import type { IssueCode, IssueExpected } from './validation-issue.ts';

/** A rule that looks at a whole row once each cell is valid. */
export interface RowFinding {
  readonly column: string;
  readonly code: IssueCode;
  readonly severity: 'error' | 'warning';
  /** The row's own figure that does not add up. */
  readonly found: number;
  readonly expected: IssueExpected;
}

const num = (row: ValidRow, column: string): number => {
  const value = row[column];
  return typeof value === 'number' ? value : 0;
};

const sumOf = (row: ValidRow, columns: readonly string[]): number =>
  columns.reduce((sum, column) => sum + num(row, column), 0);

const round2 = (value: number): number => Math.round(value * 100) / 100;

const GROUP_KEYS = INDEX_GROUPS.map((group) => group.key);

function checkIndexTotal(row: ValidRow): RowFinding[] {
  const total = row.total;
  if (typeof total !== 'number') return [];
  const sum = sumOf(row, GROUP_KEYS);
  if (Math.abs(total - sum) <= TOTAL_TOLERANCE + 1e-9) return [];
  return [
    {
      column: 'total',
      code: 'total_mismatch',
      severity: 'error',
      found: total,
      expected: { kind: 'group_sum', sum: round2(sum), tolerance: TOTAL_TOLERANCE },
    },
  ];
}

function checkPetitionSum(row: ValidRow): RowFinding[] {
  const [received, ...outcomes] = PETITION_COUNT_COLUMNS;
  const expected = sumOf(row, outcomes);
  if (num(row, received) === expected) return [];
  return [
    {
      column: received,
      code: 'petition_sum',
      severity: 'error',
      found: num(row, received),
      expected: { kind: 'outcome_sum', sum: expected },
    },
  ];
}

/** carried over + received = resolved + pending + returned. Real reports may not balance: warn. */
export function dossierImbalance(row: ValidRow): number {
  const [carried, online, inPerson, postal, ...outflows] = DOSSIER_COUNT_COLUMNS;
  const inflow = num(row, carried) + num(row, online) + num(row, inPerson) + num(row, postal);
  return inflow - sumOf(row, outflows);
}

function checkDossierBalance(row: ValidRow): RowFinding[] {
  const gap = dossierImbalance(row);
  if (gap === 0) return [];
  const [carried, online, inPerson, postal] = DOSSIER_COUNT_COLUMNS;
  const inflow = num(row, carried) + num(row, online) + num(row, inPerson) + num(row, postal);
  return [
    {
      column: '',
      code: 'dossier_balance',
      severity: 'warning',
      found: inflow - gap,
      expected: { kind: 'inflow', inflow },
    },
  ];
}

export const ROW_RULES: Readonly<Record<DatasetId, (row: ValidRow) => RowFinding[]>> = {
  units: () => [],
  index_scores: checkIndexTotal,
  dossiers: checkDossierBalance,
  petitions: checkPetitionSum,
};
