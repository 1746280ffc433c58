import type { TranslationOf } from '../../plural.ts';
import type { rankingPanelsVi } from '../ranking-panels.ts';

/** English for `ranking-panels` messages, typed against the Vietnamese source in `../ranking-panels.ts`. */
export const rankingPanelsEn: TranslationOf<typeof rankingPanelsVi> = {
  'ranking.why.heading': 'Why did {name} change rank on the total score?',
  'ranking.why.prompt':
    'Pick a unit (search box or a button in the table) to see why its rank changed.',
  'ranking.why.chartTitle': 'Score change by group',
  'ranking.why.chartLabel':
    "Diverging bar chart: {name}'s change in total score split into the six index groups",
  'ranking.why.summary':
    "{name}'s total {direction} by {change} points ({from} → {to}); largest contribution: {group} ({groupChange}).",
  'ranking.why.up': 'rose',
  'ranking.why.down': 'fell',
  'ranking.why.flat': 'changed',
  'ranking.why.moves': 'Since {previous}: {overtook}, {fellBehind}; {newAhead}, {goneAhead}.',
  'ranking.why.overtook': {
    one: '{count} unit moved ahead of it',
    other: '{count} units moved ahead of it',
  },
  'ranking.why.fellBehind': {
    one: '{count} unit is no longer ahead',
    other: '{count} units are no longer ahead',
  },
  'ranking.why.newAhead': {
    one: '{count} newly scored unit ranks ahead',
    other: '{count} newly scored units rank ahead',
  },
  'ranking.why.goneAhead': {
    one: '{count} unit that was ahead has no data now',
    other: '{count} units that were ahead have no data now',
  },
  'ranking.why.noPrevious': 'Cannot analyse: {name} has no data for {previous} or {month}.',
  'ranking.why.residual':
    'The published total differs from the sum of groups by {residual} points (within the ±0.01 tolerance).',
  'ranking.why.tableCaption': "{name}'s score change per group, {previous} → {month}",
  'ranking.why.sumCheck': 'The group changes add up to the change in total.',
  'ranking.heatmap.title': '{metric} heatmap by month',
  'ranking.heatmap.mode': 'Cell value',
  'ranking.heatmap.score': 'Score',
  'ranking.heatmap.rank': 'Rank',
  'ranking.heatmap.chartLabel': 'Heatmap: {units} (rows) × {months} (columns), {mode} of {metric}',
  'ranking.heatmap.summary':
    '{units} × {months} ({from} – {to}); rows follow the {month} ranking table: {first} on top.',
  'ranking.heatmap.tableCaption': {
    one: '{metric} of {count} unit by month ({mode})',
    other: '{metric} of {count} units by month ({mode})',
  },
  'ranking.heatmap.order': 'Rows ordered by {month} and the "Sort" choice.',
  'ranking.distribution.title': 'Score distribution per group',
  'ranking.distribution.axis': "% of the group's maximum",
  'ranking.distribution.chartLabel': {
    one: 'Box and strip plot: where {count} unit sits in each index group, province median marked',
    other:
      'Box and strip plot: where {count} units sit in each index group, province median marked',
  },
  'ranking.distribution.summary':
    '{month}: the group with the lowest median (as % of its maximum) is {group} ({median}/{max}).',
  'ranking.distribution.unitSummary':
    '{name} is furthest from the province median in {group}: {value} against a median of {median} (max {max}).',
  'ranking.distribution.tableCaption': {
    one: 'Score distribution per group of {count} unit, {month}',
    other: 'Score distribution per group of {count} units, {month}',
  },
  'ranking.distribution.scope': 'Always over every unit with data, regardless of filters.',
  'ranking.distribution.selected': 'Selected unit',
  'ranking.distribution.units': 'Units',
  'ranking.compare.title': '{metric} compared by month',
  'ranking.compare.pick': 'Add a unit to compare (2–5 units)',
  'ranking.compare.remove': 'Remove {name} from the comparison',
  'ranking.compare.full': '5 units chosen: the maximum.',
  'ranking.compare.needTwo': 'Choose at least 2 units to compare.',
  'ranking.compare.chartLabel': 'Line chart: {metric} of {names} by month',
  'ranking.compare.summary': {
    one: '{month}: of the {count} unit compared, {best} is highest ({bestScore}), {worst} lowest ({worstScore}).',
    other:
      '{month}: of the {count} units compared, {best} is highest ({bestScore}), {worst} lowest ({worstScore}).',
  },
  'ranking.compare.groupsCaption': 'Group scores and total, {month}',
  'ranking.compare.historyCaption': '{metric} by month of the compared units',
  'ranking.compare.add': 'Compare',
  'ranking.compare.addTitle': 'Add {name} to the comparison',
};
