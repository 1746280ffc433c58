import type { TranslationOf } from '../../plural.ts';
import type { metricsVi } from '../metrics.ts';

/** English for `metrics` messages, typed against the Vietnamese source in `../metrics.ts`. */
export const metricsEn: TranslationOf<typeof metricsVi> = {
  'metrics.heading': 'Sub-indicators · {period}',
  'metrics.intro':
    'Figures of {period}, snapshot of {date}. “Within reach”: how many more (at the same denominator) reach full points by the scoring rule (see the Methodology page).',
  'metrics.empty': 'No sub-indicator figures for this period',
  'metrics.caption': '{group}: {score}/{max} points · {name} · {period}',
  'metrics.captionNoScore': '{group} · {name} · {period}',
  'metrics.subject': 'Sub-indicators: {name}, {period}',
  'metrics.col.name': 'Sub-indicator',
  'metrics.col.counts': 'Numerator / denominator',
  'metrics.col.ratio': 'Ratio',
  'metrics.col.score': 'Score / max',
  'metrics.col.lost': 'Points lost',
  'metrics.col.reach': 'Within reach',
  'metrics.reach.gain': 'Add {items} → +{points} points (full points)',
  'metrics.reach.perItem': '1 more → +{points} points',
  'metrics.reach.full': 'Full points reached',
  'metrics.reach.not-scored': 'Monitored only, no points',
  'metrics.reach.no-score': 'No score published',
  'metrics.reach.no-items': 'Denominator 0: nothing to count',
  'metrics.reach.no-counts': 'Only the ratio, no numerator or denominator',
  'metrics.reach.ratio-not-counts': 'The ratio is not numerator ÷ denominator: cannot count',
  'metrics.reach.rule-not-published': 'Scoring rule not published',
  'metrics.reach.rule-mismatch': 'The published score differs from the rule',
  'metrics.method.title': 'Scoring the sub-indicators',
  'metrics.method.body':
    'Each group is made of sub-indicators the national portal publishes (numerator, denominator, ratio, score). Where the rule is known, score = maximum × min(1, ratio ÷ threshold): full points from the threshold up, points in proportion below it. Each threshold is checked against the scores the portal published for the 163 units of Phú Thọ (August and the 2026 year to date): for every unit with something to count, the recomputed score matches the published one within 0.01. Where every unit has the same ratio (all 0%, all 100%, or one value for the whole province), the scores cannot tell the rule: the table says “Scoring rule not published”. The commune page uses these rules for “within reach”: how many more dossiers (at the same denominator) reach full points.',
  'metrics.method.caption': 'The scoring rule of each sub-indicator',
  'metrics.method.code': 'Code',
  'metrics.method.name': 'Sub-indicator',
  'metrics.method.max': 'Max',
  'metrics.method.rule': 'Rule',
  'metrics.method.source': 'Source',
  'metrics.method.threshold': 'Full points from {threshold}, in proportion below',
  'metrics.method.whenNone': 'no petitions: full points',
  'metrics.method.noPoints': 'Monitored only (0 points)',
  'metrics.name.PUBLISH_ON_TIME': 'Procedures published on time',
  'metrics.name.PUBLIC_UPDATE_ON_TIME': 'Procedures updated and made public on time',
  'metrics.name.PUBLIC_CONTENT_FULL': 'Procedures with their full content public',
  'metrics.name.DOSSIER_SYNC': 'Dossiers synced to the national portal',
  'metrics.name.DOSSIER_ON_TIME': 'Dossiers resolved on time',
  'metrics.name.PROVIDE_ONLINE': 'Online public services (the group’s ratio)',
  'metrics.name.ONLINE_PAYMENT': 'Online payment (the group’s ratio)',
  'metrics.name.ORIGINAL_RESULT_AVAILABLE': 'Dossiers given an electronic result',
  'metrics.name.SO_HOA_GIAY_TO_GIAI_QUYET': 'Dossiers digitised',
  'metrics.name.REUSED_DIGITIZED_DATA': 'Dossiers reusing digitised information and data',
  'metrics.name.SYNCED_WITH_DVCQG_PERSONAL_STORAGE':
    'Digitised dossiers connected and shared for reuse',
  'metrics.name.CITIZEN_DATA_CONNECTED_DOSSIER': 'Dossiers using population data',
  'metrics.name.CITIZEN_DATA_CONNECTED_FORMALITY':
    'Procedures connected to population data for their processing',
  'metrics.name.ELECTRONIC_CERTIFIED_COPY': 'Electronic certified copies from originals',
  'metrics.name.PETITION_CLASSIFICATION_TTHC': 'Petitions about regulations and procedures',
  'metrics.name.DOSSIER_RECEIVING_SATISFACTION':
    'Satisfaction with receiving and resolving procedures',
  'metrics.name.PETITION_PROCESSING_ON_TIME': 'Petitions handled on time',
  'metrics.name.PETITION_HANDLING_SATISFACTION': 'Satisfaction with petition handling',
  'metrics.name.PETITION_CLASSIFICATION_STAFF': 'Petitions about the conduct of staff',
  'metrics.counts.PUBLISH_ON_TIME': {
    one: '{count} procedure published on time',
    other: '{count} procedures published on time',
  },
  'metrics.counts.PUBLIC_UPDATE_ON_TIME': {
    one: '{count} procedure updated on time',
    other: '{count} procedures updated on time',
  },
  'metrics.counts.PUBLIC_CONTENT_FULL': {
    one: '{count} procedure with full content',
    other: '{count} procedures with full content',
  },
  'metrics.counts.DOSSIER_SYNC': {
    one: '{count} dossier synced',
    other: '{count} dossiers synced',
  },
  'metrics.counts.DOSSIER_ON_TIME': {
    one: '{count} on-time dossier',
    other: '{count} on-time dossiers',
  },
  'metrics.counts.PROVIDE_ONLINE': {
    one: '{count} online dossier',
    other: '{count} online dossiers',
  },
  'metrics.counts.ONLINE_PAYMENT': {
    one: '{count} dossier paid online',
    other: '{count} dossiers paid online',
  },
  'metrics.counts.ORIGINAL_RESULT_AVAILABLE': {
    one: '{count} dossier with an electronic result',
    other: '{count} dossiers with an electronic result',
  },
  'metrics.counts.SO_HOA_GIAY_TO_GIAI_QUYET': {
    one: '{count} digitised dossier',
    other: '{count} digitised dossiers',
  },
  'metrics.counts.REUSED_DIGITIZED_DATA': {
    one: '{count} dossier reusing digitised data',
    other: '{count} dossiers reusing digitised data',
  },
  'metrics.counts.SYNCED_WITH_DVCQG_PERSONAL_STORAGE': {
    one: '{count} digitised dossier shared',
    other: '{count} digitised dossiers shared',
  },
  'metrics.counts.CITIZEN_DATA_CONNECTED_DOSSIER': {
    one: '{count} dossier using population data',
    other: '{count} dossiers using population data',
  },
  'metrics.counts.CITIZEN_DATA_CONNECTED_FORMALITY': {
    one: '{count} procedure connected to population data',
    other: '{count} procedures connected to population data',
  },
  'metrics.counts.ELECTRONIC_CERTIFIED_COPY': {
    one: '{count} electronic certified copy',
    other: '{count} electronic certified copies',
  },
  'metrics.counts.PETITION_CLASSIFICATION_TTHC': {
    one: '{count} petition about procedures',
    other: '{count} petitions about procedures',
  },
  'metrics.counts.DOSSIER_RECEIVING_SATISFACTION': {
    one: '{count} dossier rated satisfied',
    other: '{count} dossiers rated satisfied',
  },
  'metrics.counts.PETITION_PROCESSING_ON_TIME': {
    one: '{count} petition handled on time',
    other: '{count} petitions handled on time',
  },
  'metrics.counts.PETITION_HANDLING_SATISFACTION': {
    one: '{count} petition rated satisfied',
    other: '{count} petitions rated satisfied',
  },
  'metrics.counts.PETITION_CLASSIFICATION_STAFF': {
    one: '{count} petition about staff',
    other: '{count} petitions about staff',
  },
};
