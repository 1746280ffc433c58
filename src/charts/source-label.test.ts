import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { provenanceOf, type DataSource } from './chart-context.ts';
import {
  exportNote,
  exportNoteHint,
  shownFileName,
  sourceColor,
  sourceLabel,
  withSource,
} from './source-label.ts';

const SAMPLE: DataSource = { kind: 'sample' };
const REFERENCE: DataSource = { kind: 'reference' };
const UPLOAD: DataSource = { kind: 'upload', file: 'diem-thanh-hoa.csv' };
const CLEARED: DataSource = { kind: 'cleared' };

describe('sourceLabel', () => {
  it.each([
    ['vi', SAMPLE, 'Dữ liệu mẫu (tổng hợp)'],
    ['en', SAMPLE, 'Sample data (synthetic)'],
    ['vi', UPLOAD, 'Nguồn: tệp diem-thanh-hoa.csv'],
    ['en', UPLOAD, 'Source: file diem-thanh-hoa.csv'],
    ['vi', REFERENCE, null],
    ['vi', CLEARED, null],
  ] as const)('%s, %o → %s', (locale, source, label) => {
    const { t } = chartContext(locale);
    expect(sourceLabel(provenanceOf(source), t)).toBe(label);
  });

  it('never calls an upload synthetic, nor the sample anything else', () => {
    expect(provenanceOf(UPLOAD).synthetic).toBe(false);
    expect(provenanceOf(REFERENCE).synthetic).toBe(false);
    expect(provenanceOf(CLEARED).synthetic).toBe(false);
    expect(provenanceOf(SAMPLE).synthetic).toBe(true);
  });
});

describe('withSource', () => {
  it('ends a subtitle with its source, or leaves it alone when there is none to name', () => {
    expect(withSource('Tháng 7/2025', chartContext('vi', SAMPLE))).toBe(
      'Tháng 7/2025 · Dữ liệu mẫu (tổng hợp)',
    );
    expect(withSource('Tháng 7/2025', chartContext('vi', UPLOAD))).toBe(
      'Tháng 7/2025 · Nguồn: tệp diem-thanh-hoa.csv',
    );
    expect(withSource('Tháng 7/2025', chartContext('vi', REFERENCE))).toBe('Tháng 7/2025');
    expect(withSource(null, chartContext('vi', UPLOAD))).toBe('Nguồn: tệp diem-thanh-hoa.csv');
    expect(withSource(null, chartContext('vi', REFERENCE))).toBe('');
  });

  it('keeps a file name as plain text (a chart title is drawn as text, not HTML)', () => {
    const ctx = chartContext('en', { kind: 'upload', file: '<b>x</b> & "y".csv' });
    expect(withSource(null, ctx)).toBe('Source: file <b>x</b> & "y".csv');
  });

  it('colours only the sample mark with the accent', () => {
    const { theme } = chartContext();
    expect(sourceColor(chartContext('vi', SAMPLE), theme)).toBe(theme.accent);
    expect(sourceColor(chartContext('vi', UPLOAD), theme)).toBe(theme.mutedText);
    expect(sourceColor(chartContext('vi', REFERENCE), theme)).toBe(theme.mutedText);
  });
});

describe('shownFileName', () => {
  it('keeps a short name, puts a multi-line name on one line', () => {
    expect(shownFileName('Điểm Thanh Hóa.csv')).toBe('Điểm Thanh Hóa.csv');
    expect(shownFileName('a\nb\r\n\tc.csv')).toBe('a b c.csv');
  });

  it('shortens a long name in the middle, keeping its end, without splitting a character', () => {
    // "ố" written as o + two combining marks (NFD), as some systems store file names.
    const long = `${'Điểm chỉ số '.repeat(6)}tháng 10-2026 bản cuo\u0302\u0301i 👩‍👩‍👧.csv`;
    const shown = shownFileName(long);
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    expect(Array.from(graphemes.segment(shown))).toHaveLength(48);
    expect(shown.startsWith('Điểm chỉ số Điểm chỉ số')).toBe(true);
    expect(shown.endsWith('bản cuo\u0302\u0301i 👩‍👩‍👧.csv')).toBe(true);
    expect(shown).toContain('…');
  });
});

describe('exportNote', () => {
  it('says synthetic only for the sample, names the whole file for an upload', () => {
    const { t } = chartContext('vi');
    expect(exportNote(provenanceOf(SAMPLE), t)).toBe(
      'Dữ liệu mẫu (tổng hợp), không phải số liệu chính thức / Synthetic sample data, not official figures',
    );
    const long = `${'x'.repeat(60)}.csv`;
    const upload = exportNote(provenanceOf({ kind: 'upload', file: long }), t);
    expect(upload).toContain(long);
    expect(upload).not.toMatch(/mẫu|synthetic/i);
    expect(exportNote(provenanceOf(REFERENCE), t)).toBeUndefined();
    expect(exportNote(provenanceOf(CLEARED), t)).toBeUndefined();
  });

  it('has a hint for each note and none without one', () => {
    const { t } = chartContext('en');
    expect(exportNoteHint(provenanceOf(SAMPLE), t)).toContain('sample data');
    expect(exportNoteHint(provenanceOf(UPLOAD), t)).toContain('source file');
    expect(exportNoteHint(provenanceOf(REFERENCE), t)).toBeNull();
  });
});
