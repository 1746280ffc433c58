import type { TranslationOf } from '../../plural.ts';
import type { sqlConsoleVi } from '../sql-console.ts';

/** English for `sql-console` messages, typed against the Vietnamese source in `../sql-console.ts`. */
export const sqlConsoleEn: TranslationOf<typeof sqlConsoleVi> = {
  'console.title': 'SQL query (read-only)',
  'console.help':
    'Run one query (SELECT, WITH, DESCRIBE…) over the tables units, index_scores, dossiers, petitions. The database is locked: no file access, no network, no changes. Ctrl+Enter (⌘+Enter) runs; Tab leaves the editor. At most {limit} rows are kept.',
  'console.label': 'SQL statement',
  'console.loadingEditor': 'Loading the editor…',
  'console.placeholder': 'SELECT … FROM units',
  'console.run': 'Run (Ctrl+Enter)',
  'console.running': 'Running…',
  'console.cancel': 'Cancel query',
  'console.cancelled': 'The query was cancelled.',
  'console.failed': 'The query failed.',
  'console.errorAt': 'Line {line}, column {column}: {message}',
  'console.notAQuery':
    'Only queries that read data can run (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, PIVOT), not {word}.',
  'console.empty': 'There is no statement yet.',
  'console.rows': { one: '{count} row', other: '{count} rows' },
  'console.elapsed': '{ms} ms',
  'console.summary': '{rows} in {time}.',
  'console.truncated': 'Only the first {limit} rows are kept; the result has more.',
  'console.examples': 'Example questions',
  'console.caption': 'Query result',
  'console.null': 'NULL',
  'console.download': 'query-result',
  'console.noteQuery': 'Query: {sql}',
  'console.ex.latestScores': 'The 20 highest scores of the latest month',
  'console.ex.rankFell': 'Units whose rank fell three months in a row',
  'console.ex.onTimeByDistrict': 'On-time rate of dossiers by former district',
  'console.ex.pointsLost': 'The index groups where most points are lost',
  'console.ex.lateDossiers': 'Units with the most late dossiers in the latest month',
  'console.ex.openPetitions': 'Petitions still being handled, by unit',
  'console.ex.totalChange': 'Month-over-month change of the province average score',
};
