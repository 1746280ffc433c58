import { describe, expect, it } from 'vitest';
import { COLUMN_EXAMPLES, csvTemplate, dataDictionary } from './data-dictionary.ts';
import { detectDataset, readHeaderLine } from './detect-dataset.ts';
import { parseCsv } from './parse-csv.ts';
import { DATASET_ORDER, DATASET_SPECS } from './schema.ts';
import { validateCell } from './validate-cell.ts';
import { validateDataset } from './validate-dataset.ts';

describe('the data dictionary', () => {
  it.each(DATASET_ORDER)('%s: one entry per schema column, each example valid', (id) => {
    const spec = DATASET_SPECS[id];
    const entries = dataDictionary(spec);
    expect(entries.map((entry) => entry.column)).toEqual(spec.columns.map((column) => column.name));
    for (const [index, entry] of entries.entries()) {
      const column = spec.columns[index];
      if (column === undefined) throw new Error('column missing');
      expect(validateCell(entry.example, column.kind, false), entry.column).toMatchObject({
        ok: true,
      });
      expect(entry.key).toBe(spec.key.includes(column.name));
      expect(entry.required).toBe(column.nullable !== true);
    }
  });

  it.each(DATASET_ORDER)('%s: every column but a count has an example of its own', (id) => {
    for (const column of DATASET_SPECS[id].columns) {
      if (column.kind.type === 'count') continue;
      expect(COLUMN_EXAMPLES[column.name], `${id}.${column.name}`).toBeDefined();
    }
  });

  it('gives a sub-indicator example whose ratio and score follow from its counts', () => {
    const example = (column: string) => Number(COLUMN_EXAMPLES[column]);
    const ratio = (example('numerator') / example('denominator')) * 100;
    expect(example('ratio')).toBe(Math.round(ratio * 100) / 100);
    expect(example('score')).toBe(Math.round(example('max_score') * example('ratio')) / 100);
  });

  it.each(DATASET_ORDER)('%s: the empty template is recognised and has no row', (id) => {
    const template = csvTemplate(DATASET_SPECS[id]);
    expect(detectDataset(readHeaderLine(template))).toBe(id);
    const result = validateDataset(DATASET_SPECS[id], 'template.csv', parseCsv(template));
    expect(result).toMatchObject({ rowsRead: 0, issues: [] });
  });

  it('lists the aliases and the rules of a column', () => {
    const mdhl = dataDictionary(DATASET_SPECS.index_scores).find(
      (entry) => entry.column === 'mdhl',
    );
    expect(mdhl?.aliases).toContain('Mức độ hài lòng');
    expect(mdhl?.rule).toEqual({ kind: 'range', min: 0, max: 18 });
    const type = dataDictionary(DATASET_SPECS.units).find((entry) => entry.column === 'type');
    expect(type?.rule).toEqual({
      kind: 'values',
      values: ['xa', 'phuong', 'dac_khu'],
      labels: { xa: ['Xã'], phuong: ['Phường'] },
    });
    expect(type).toMatchObject({ kind: 'enum', sqlType: 'VARCHAR', unit: null });
    const area = dataDictionary(DATASET_SPECS.units).find((entry) => entry.column === 'area_km2');
    expect(area).toMatchObject({
      sqlType: 'DOUBLE',
      label: { vi: 'Diện tích', en: 'Area' },
      unit: { vi: 'km²', en: 'km²' },
    });
  });
});
