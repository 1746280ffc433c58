import { formatCsvExport, type CsvColumn } from '../../data/format-csv-export.ts';
import type { PortalDatasets, PortalUnitReport } from './portal-datasets.ts';

/** One row of the match table: a unit of the files, or a reference unit no file scores. */
interface MatchRow {
  readonly portalId: string | null;
  readonly portalCode: string | null;
  readonly portalName: string | null;
  readonly kind: string;
  readonly name: string;
  readonly outcome: string;
  readonly code: string | null;
  readonly referenceName: string | null;
}

function outcomeText(report: PortalUnitReport): string {
  const { outcome } = report;
  switch (outcome.status) {
    case 'imported':
      return outcome.by === 'portal' ? 'imported' : `matched_by_${outcome.by.replaceAll('-', '_')}`;
    case 'agency':
      return 'agency_kept_apart';
    case 'unmatched':
      return `unmatched_${outcome.reason.replaceAll('-', '_')}`;
    case 'type-unknown':
      return 'unit_type_unknown';
  }
}

const COLUMNS: readonly CsvColumn<MatchRow>[] = [
  { header: 'portal_id', value: (row) => row.portalId },
  { header: 'portal_code', value: (row) => row.portalCode },
  { header: 'portal_name', value: (row) => row.portalName },
  { header: 'kind', value: (row) => row.kind },
  { header: 'name', value: (row) => row.name },
  { header: 'outcome', value: (row) => row.outcome },
  { header: 'code', value: (row) => row.code },
  { header: 'reference_name', value: (row) => row.referenceName },
];

/**
 * The match table as CSV: every unit of the files with what became of it (imported with its
 * code, matched to a reference unit and how, kept apart as an agency, unmatched and why), then
 * every reference unit that no file scores ("no score").
 */
export function portalMatchTableCsv(datasets: PortalDatasets): string {
  const rows: MatchRow[] = [
    ...datasets.units.map((report) => ({
      portalId: report.departmentId,
      portalCode: report.portalCode,
      portalName: report.portalName,
      kind: report.kind,
      name: report.name,
      outcome: outcomeText(report),
      code: report.outcome.status === 'imported' ? report.outcome.code : null,
      referenceName: report.referenceName,
    })),
    ...datasets.withoutScore.map((unit) => ({
      portalId: null,
      portalCode: null,
      portalName: null,
      kind: 'commune',
      name: unit.name,
      outcome: 'reference_without_score',
      code: unit.code,
      referenceName: unit.name,
    })),
  ];
  return formatCsvExport(rows, COLUMNS);
}
