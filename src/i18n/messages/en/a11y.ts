import type { TranslationOf } from '../../plural.ts';
import type { a11yVi } from '../a11y.ts';

/** English for `a11y` messages, typed against the Vietnamese source in `../a11y.ts`. */
export const a11yEn: TranslationOf<typeof a11yVi> = {
  'a11y.named': '{action}: {object}',
  'a11y.documentTitle': '{page} — {app}',
  'a11y.documentTitleDetail': '{page} · {detail} — {app}',
  'table.skip': 'Skip table: {name}',
  'table.end': 'End of table: {name}',
  'announce.loaded': {
    one: 'Data loaded for {count} unit.',
    other: 'Data loaded for {count} units.',
  },
  'announce.opened': 'Opened: {name}',
  'announce.closed': 'Closed the analysis of {name}.',
  'announce.showing': {
    one: 'Showing {shown} of {count} unit.',
    other: 'Showing {shown} of {count} units.',
  },
  'announce.shown': { one: 'Showing {count} unit.', other: 'Showing {count} units.' },
  'announce.compareAdded': 'Added {name} to the comparison ({count} of {max} units).',
  'announce.compareRemoved': 'Removed {name} from the comparison ({count} of {max} units).',
};
