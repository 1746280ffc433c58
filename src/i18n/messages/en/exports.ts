import type { TranslationOf } from '../../plural.ts';
import type { exportsVi } from '../exports.ts';

/** English for `exports` messages, typed against the Vietnamese source in `../exports.ts`. */
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
