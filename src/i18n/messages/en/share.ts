import type { shareVi } from '../share.ts';

/** English for `share` messages, typed against the Vietnamese source in `../share.ts`. */
export const shareEn: Readonly<Record<keyof typeof shareVi, string>> = {
  'share.actions': 'Share this page',
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied.',
  'share.copiedText': 'Copied.',
  'share.copyFailed':
    'Could not copy automatically. The link is selected in the field below: press Ctrl+C (⌘C) to copy it.',
  'share.copyFailedText':
    'Could not copy automatically. The text is selected: press Ctrl+C (⌘C) to copy it.',
  'share.linkField': 'Link to this page',
  'share.close': 'Close',
  'embed.open': 'Embed',
  'embed.title': 'Embed a chart',
  'embed.intro':
    'The code below shows the chosen chart, with its title, source and a link to the full view, in a frame (iframe) on your page. The chart keeps the page’s state: month, metric, filters.',
  'embed.chart': 'Chart',
  'embed.height': 'Height (px)',
  'embed.preview': 'Preview the embedded chart (opens a new tab)',
  'embed.code': 'Embed code',
  'embed.copyCode': 'Copy embed code',
  'embed.none':
    'This page has no chart to embed yet. Open the Ranking, Commune profile, Dossiers or Voters’ petitions page.',
  'embed.fullView': 'Open the full view',
  'embed.fullViewHint': '(opens the full page in a new tab)',
  'embed.loading': 'Loading the chart…',
  'embed.failed': 'The chart’s data could not be loaded.',
  'embed.figureUnknown':
    'The link asks for the chart “{requested}”, which this page does not have; showing “{shown}”.',
  'embed.noFigure': 'The link asks to embed a chart, but this page has none; see the full view.',
  'cite.open': 'Cite',
  'cite.title': 'Cite this page',
  'cite.intro': 'Copy one of the two citation formats below.',
  'cite.plainLabel': 'Plain text',
  'cite.apaLabel': 'APA style',
  'cite.copyPlain': 'Copy the plain-text citation',
  'cite.copyApa': 'Copy the APA-style citation',
  'cite.publisher': 'Published by: {site}',
  'cite.synthetic':
    'The figures are sample data (synthetic), machine-generated, not official figures.',
  'cite.dataDate': 'Data up to {date}.',
  'cite.url': 'URL: {url}',
  'cite.accessed': 'Accessed {date}.',
  'cite.apaKind': 'Online data table',
  'cite.apaKindSynthetic': 'Online data table; synthetic sample data',
  'cite.apaRetrieved': 'Retrieved {date}, from {url}',
  'cite.noDate': 'n.d.',
};
