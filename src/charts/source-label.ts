import { graphemes } from './graphemes.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ChartContext, Provenance } from './chart-context.ts';
import type { ChartTheme } from './theme.ts';

type SourceContext = Pick<ChartContext, 't' | 'source' | 'synthetic'>;

/** Longer file names keep their start and their end (the extension, a date suffix). */
const MAX_FILE_CHARS = 48;
const HEAD_CHARS = 30;

/** A file name on one line: control characters (a name may hold a line break) become spaces. */
export function flatFileName(file: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return file.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/**
 * A file name as a chart shows it: on one line, and a long name shortened in the middle so that
 * it stays on the chart.
 */
export function shownFileName(file: string): string {
  const flat = flatFileName(file);
  // Cut between user-perceived characters: a letter and its combining tone mark stay together.
  const chars = graphemes(flat);
  if (chars.length <= MAX_FILE_CHARS) return flat;
  const tail = MAX_FILE_CHARS - HEAD_CHARS - 1;
  return `${chars.slice(0, HEAD_CHARS).join('')}…${chars.slice(-tail).join('')}`;
}

/**
 * Where a dataset's figures come from, in words, or null when nothing needs saying: the sample
 * label for synthetic figures, "Nguồn: tệp …" for the user's file, nothing for published
 * reference figures (the page's sources line names them) or a cleared dataset (nothing to draw).
 * Plain text: a chart title draws it as text; HTML (a tooltip) must pass it through `escapeHtml`.
 */
export function sourceLabel(provenance: Provenance, t: Translate): string | null {
  const { source } = provenance;
  switch (source.kind) {
    case 'sample':
      return t('sample.chartLabel');
    case 'upload':
      return t('source.file', { file: shownFileName(source.file) });
    case 'reference':
    case 'cleared':
      return null;
  }
}

/**
 * A chart subtitle line that ends with its source: `text · source`, either alone when the other
 * is missing, or '' when both are. Every builder words its source through this one function.
 */
export function withSource(text: string | null, ctx: SourceContext): string {
  const label = sourceLabel(ctx, ctx.t);
  return [text, label].filter((part) => part !== null && part !== '').join(' · ');
}

/** The subtitle's colour: the accent marks synthetic figures, anything else is muted. */
export function sourceColor(ctx: Pick<ChartContext, 'synthetic'>, theme: ChartTheme): string {
  return ctx.synthetic ? theme.accent : theme.mutedText;
}

/**
 * The `ghi_chu` note of an exported table, or undefined for none: the sample warning when the
 * exported dataset is synthetic, the source file's name (whole) when it is the user's upload.
 */
export function exportNote(provenance: Provenance, t: Translate): string | undefined {
  const { source } = provenance;
  switch (source.kind) {
    case 'sample':
      return t('csv.note');
    case 'upload':
      return t('csv.noteUpload', { file: flatFileName(source.file) });
    case 'reference':
    case 'cleared':
      return undefined;
  }
}

/** The hint beside a download button that says what the note column holds, if there is one. */
export function exportNoteHint(provenance: Provenance, t: Translate): string | null {
  switch (provenance.source.kind) {
    case 'sample':
      return t('csv.noteHint');
    case 'upload':
      return t('csv.noteHintUpload');
    case 'reference':
    case 'cleared':
      return null;
  }
}
