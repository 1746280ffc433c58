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

/** Each group within its maximum points; above it is an error unless the source said so. */
function checkGroupMaxima(row: ValidRow): RowFinding[] {
  return INDEX_GROUPS.flatMap((group): RowFinding[] => {
    const value = row[group.key];
    if (typeof value !== 'number' || value <= group.max) return [];
    return [
      {
        column: group.key,
        code: 'out_of_range',
        severity: row.total_flag === 'published_mismatch' ? 'warning' : 'error',
        found: value,
        expected: { kind: 'range', min: 0, max: group.max },
      },
    ];
  });
}

function checkIndexScores(row: ValidRow): RowFinding[] {
  return [...checkGroupMaxima(row), ...checkIndexTotal(row)];
}

function checkIndexTotal(row: ValidRow): RowFinding[] {
  const total = row.total;
  if (typeof total !== 'number') return [];
  // Groups not imported (a subset of the portal's responses): nothing to add up.
  if (GROUP_KEYS.some((key) => typeof row[key] !== 'number')) return [];
  const sum = sumOf(row, GROUP_KEYS);
  if (Math.abs(total - sum) <= TOTAL_TOLERANCE + 1e-9) return [];
  return [
    {
      column: 'total',
      code: 'total_mismatch',
      // A source's own inconsistency, said as such (`total_flag`): loaded and flagged.
      severity: row.total_flag === 'published_mismatch' ? 'warning' : 'error',
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

/** A sub-indicator's score above its `max_score`: the source's own inconsistency, flagged. */
function checkMetricScore(row: ValidRow): RowFinding[] {
  const score = row.score;
  const max = row.max_score;
  if (typeof score !== 'number' || typeof max !== 'number' || score <= max + 1e-9) return [];
  return [
    {
      column: 'score',
      code: 'out_of_range',
      severity: 'warning',
      found: score,
      expected: { kind: 'range', min: 0, max },
    },
  ];
}

export const ROW_RULES: Readonly<Record<DatasetId, (row: ValidRow) => RowFinding[]>> = {
  units: () => [],
  index_scores: checkIndexScores,
  index_metrics: checkMetricScore,
  dossiers: checkDossierBalance,
  petitions: checkPetitionSum,
};
