import type { TranslationOf } from '../../plural.ts';
import type { portalVi } from '../portal.ts';

/** English for `portal` messages, typed against the Vietnamese source in `../portal.ts`. */
export const portalEn: TranslationOf<typeof portalVi> = {
  'ranking.titleSub': {
    one: 'Ranking of {count} unit by the sub-indicator “{name}”',
    other: 'Ranking of {count} units by the sub-indicator “{name}”',
  },
  'ranking.period': 'Assessment period',
  'ranking.fold.facts': 'Notes on reading the ranking',
  'ranking.control.sub': 'Rank by a sub-indicator',
  'ranking.control.subNone': '— none (rank by the index above) —',
  'ranking.compare.period': 'Changes since {previous} (the previous period).',
  'ranking.compare.snapshot':
    'Changes since {previous} (the previous snapshot of the same period).',
  'ranking.compare.none': 'No {previous} to compare with: every unit counts as new.',
  'ranking.fact.equalGroup':
    'The {groups} group is equal for every unit ({value} points), so it ranks no one.',
  'ranking.fact.equalGroups': 'The groups {groups} are equal for every unit, so they rank no one.',
  'ranking.fact.mdhlFull': {
    one: '{count} unit has the full 18/18 satisfaction points (MDHL): as the national portal scores it, a unit with no feedback or petition (PAKN) in the period gets the full points of the PAKN sub-indicators.',
    other:
      '{count} units have the full 18/18 satisfaction points (MDHL): as the national portal scores it, a unit with no feedback or petition (PAKN) in the period gets the full points of the PAKN sub-indicators.',
  },
  'ranking.fact.ties': {
    one: '{count} unit ties with another and shares its rank (e.g. rank {example}).',
    other: '{count} units tie with at least one other and share a rank (e.g. rank {example}).',
  },
  'ranking.fact.tiesPublished':
    'The source (a crawler) numbers tied units one after another; here they share one rank, listed in the source’s order.',
  'ranking.fact.subNoValues':
    'No values of “{name}” for this period: choose another period or clear the sub-indicator.',
  'ranking.fact.subMissing': 'No sub-indicator “{code}” in the data: ranked by {metric}.',
  'ranking.fact.groupMissing': {
    one: '{count} unit lacks at least one group (only some of the portal’s files were imported): no total.',
    other:
      '{count} units lack at least one group (only some of the portal’s files were imported): no total.',
  },
  'portal.title': 'National public-service portal files (766 index)',
  'portal.help':
    'The portal’s JSON files: evaluation API responses (one per group: transparency, dvc-progress-tree, provide-online-tree, formality-online-payment-tree, dossier-digitized, handling-satisfaction) or a crawler’s daily snapshots. Units are joined on departmentId; agencies are kept apart, never ranked among communes.',
  'portal.snapshots': 'Crawler snapshots: the period and day are read from the files.',
  'portal.responses': 'Portal API responses',
  'portal.periodNote':
    'The portal’s responses do not say their period (the request did): check the period and the day they were taken below.',
  'portal.periodType': 'Period type',
  'portal.periodValue': 'Period (YYYY-MM, YYYY-Qn or YYYY)',
  'portal.snapshotDate': 'Day taken',
  'portal.periodInvalid': 'The period “{value}” does not fit the chosen type.',
  'portal.run': 'Import the portal’s figures',
  'portal.done': 'The portal’s figures are loaded: every page now uses them.',
  'periodType.month': 'Month',
  'periodType.quarter': 'Quarter',
  'periodType.year': 'Year (to date)',
  'portal.reading': 'Reading the files…',
  'portal.failed': 'The files could not be read: {message}',
  'portal.report.title': 'Portal import report',
  'portal.report.files': { one: '{count} file read.', other: '{count} files read.' },
  'portal.report.snapshot':
    '{period}, taken {date}: {communes} communes and {agencies} agencies ({files}).',
  'portal.report.mode.own':
    'No units of {province} are loaded: the communes the files name are used ({count} units, portal codes).',
  'portal.report.mode.reference':
    'Matched by name to the loaded units of {province}: {matched} units matched.',
  'portal.report.imported': {
    one: '{count} commune imported.',
    other: '{count} communes imported.',
  },
  'portal.report.agencies': {
    one: '{count} agency ({share} of the {total} units in the files) kept apart: not ranked among communes.',
    other:
      '{count} agencies ({share} of the {total} units in the files) kept apart: not ranked among communes.',
  },
  'portal.report.unmatched': {
    one: '{count} unit matched no name and was not imported: {names}.',
    other: '{count} units matched no name and were not imported: {names}.',
  },
  'portal.report.typeUnknown': {
    one: '{count} unit of unknown type was not imported: {names}.',
    other: '{count} units of unknown type were not imported: {names}.',
  },
  'portal.report.withoutScore': {
    one: '{count} listed unit has no score in the files (shown as “no score”): {names}.',
    other: '{count} listed units have no score in the files (shown as “no score”): {names}.',
  },
  'portal.report.rows':
    'Written: {scores} score rows, {metrics} sub-indicator rows{units}. Every row is checked as an uploaded CSV is.',
  'portal.report.unitsRows': ', {count} units',
  'portal.report.nothing': 'No score row to load: the data in use is unchanged.',
  'portal.report.issues': {
    one: '{count} issue in the files',
    other: '{count} issues in the files',
  },
  'portal.report.matchTable': 'Download the unit match table (CSV)',
  'portal.issue.file': 'File',
  'portal.issue.path': 'Where',
  'portal.issue.unit': 'Unit',
  'portal.issue.reason': 'Reason',
  'portal.issue.severity': 'Outcome',
  'portal.issue.flagged': 'kept as published, flagged',
  'portal.issue.rejected': 'not imported',
  'portal.reason.not-json': 'not JSON',
  'portal.reason.not-portal-shape': 'not the portal’s data',
  'portal.reason.group-unknown': 'group not recognised',
  'portal.reason.group-repeated': 'group already read from another file',
  'portal.reason.group-mismatch': 'file name and content name different groups',
  'portal.reason.unit-invalid': 'unit without id or name',
  'portal.reason.unit-duplicate': 'unit listed twice',
  'portal.reason.group-missing': 'this group is missing for the unit',
  'portal.reason.total-mismatch': 'total differs from the sum of the groups',
  'portal.reason.score-above-max': 'score above its maximum',
  'portal.reason.period-missing': 'no period given',
  'portal.reason.period-mismatch': 'period differs from the other files',
  'portal.reason.province-mismatch': 'another province than the other files',
};
