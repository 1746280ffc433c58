import { describe, expect, it } from 'vitest';
import { COLUMN_LABELS } from './column-labels.ts';
import { DATASET_ORDER, DATASET_SPECS } from './schema.ts';

describe('the column labels', () => {
  it.each(DATASET_ORDER)('%s: every schema column has a Vietnamese and an English name', (id) => {
    const labels = COLUMN_LABELS[id];
    const columns = DATASET_SPECS[id].columns.map((column) => column.name);
    // Neither a column without a label nor a label for a column the schema no longer has.
    expect(Object.keys(labels).sort()).toEqual([...columns].sort());
    for (const column of columns) {
      const label = labels[column];
      expect(label?.name.vi.trim(), `${id}.${column} vi`).not.toBe('');
      expect(label?.name.en.trim(), `${id}.${column} en`).not.toBe('');
      if (label?.unit !== undefined) {
        expect(label.unit.vi.trim(), `${id}.${column} unit vi`).not.toBe('');
        expect(label.unit.en.trim(), `${id}.${column} unit en`).not.toBe('');
      }
    }
  });

  it('writes Vietnamese names with their diacritics', () => {
    expect(COLUMN_LABELS.units.code?.name.vi).toBe('Mã đơn vị hành chính');
    expect(COLUMN_LABELS.dossiers.resolved_on_time?.name.vi).toBe('Giải quyết đúng hạn');
    expect(COLUMN_LABELS.units.area_km2?.unit).toEqual({ vi: 'km²', en: 'km²' });
  });

  it('gives a unit to every score and count column but a rank and the parts of a ratio', () => {
    // A rank is an order, not a quantity; a sub-indicator's numerator and denominator count
    // dossiers, procedures or complaints depending on the sub-indicator, so no one unit fits.
    const unitless = new Set([
      'index_scores.published_rank',
      'index_metrics.numerator',
      'index_metrics.denominator',
    ]);
    for (const id of DATASET_ORDER) {
      for (const column of DATASET_SPECS[id].columns) {
        const name = `${id}.${column.name}`;
        const numeric = column.kind.type === 'count' || column.kind.type === 'number';
        expect(COLUMN_LABELS[id][column.name]?.unit !== undefined, name).toBe(
          numeric && !unitless.has(name),
        );
      }
    }
    expect(COLUMN_LABELS.index_metrics.ratio?.unit).toEqual({ vi: '%', en: '%' });
    expect(COLUMN_LABELS.index_metrics.score?.unit).toEqual({ vi: 'điểm', en: 'points' });
    expect(COLUMN_LABELS.index_scores.avg_processing_days?.unit).toEqual({
      vi: 'ngày',
      en: 'days',
    });
  });
});
