import { describe, expect, it } from 'vitest';
import { formatCsvExport } from '../../data/format-csv-export.ts';
import { DATASET_ORDER, DATASET_SPECS } from '../../data/schema.ts';
import { createFormat } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { createTranslate } from '../../i18n/translate.ts';
import { dictionaryColumns, dictionaryRows } from './dictionary-rows.ts';

const contextOf = (locale: Locale) => ({
  t: createTranslate(locale),
  format: createFormat(locale),
  locale,
});

describe('the data dictionary as the Data page words it', () => {
  it.each(DATASET_ORDER)(
    '%s: a row per schema column, every cell filled but unit and aliases',
    (id) => {
      for (const locale of ['vi', 'en'] as const) {
        const rows = dictionaryRows(DATASET_SPECS[id], contextOf(locale));
        expect(rows.map((row) => row.column)).toEqual(
          DATASET_SPECS[id].columns.map((column) => column.name),
        );
        for (const row of rows) {
          // A column may have no unit (a name, a code) and no alias besides its own name.
          const { unit: _unit, aliases: _aliases, ...rest } = row;
          expect(
            Object.values(rest).filter((value) => value === ''),
            row.column,
          ).toEqual([]);
        }
      }
    },
  );

  it('words each column in the page language, with both names always', () => {
    const find = (locale: Locale, column: string) =>
      dictionaryRows(DATASET_SPECS.units, contextOf(locale)).find((row) => row.column === column);
    expect(find('vi', 'type')).toEqual({
      column: 'type',
      nameVi: 'Loại đơn vị (xã, phường, đặc khu)',
      nameEn: 'Unit type',
      type: 'danh mục (VARCHAR)',
      unit: '',
      rule: 'một trong: xa (hoặc Xã), phuong (hoặc Phường), dac_khu',
      example: 'xa',
      aliases: 'Loại; Loại đơn vị; Cấp; Unit type',
      required: 'bắt buộc',
    });
    expect(find('en', 'area_km2')).toMatchObject({
      nameVi: 'Diện tích',
      nameEn: 'Area',
      type: 'decimal number (DOUBLE)',
      unit: 'km²',
      rule: 'number ≥ 0',
      required: 'optional',
    });
    expect(find('vi', 'code')).toMatchObject({
      type: 'mã (VARCHAR)',
      rule: '5 chữ số, giữ các số 0 ở đầu',
      required: 'bắt buộc, khóa',
    });
    expect(find('vi', 'population')).toMatchObject({
      type: 'số nguyên (INTEGER)',
      unit: 'người',
      required: 'không bắt buộc',
    });
    const mdsh = dictionaryRows(DATASET_SPECS.index_scores, contextOf('vi')).find(
      (row) => row.column === 'mdsh',
    );
    expect(mdsh).toMatchObject({ rule: 'số từ 0 đến 22', unit: 'điểm' });
  });

  it('heads the downloads in the page language, with the columns of the table', () => {
    const vi = contextOf('vi');
    const rows = dictionaryRows(DATASET_SPECS.petitions, vi);
    const csv = formatCsvExport(rows, dictionaryColumns(vi)).replace('\uFEFF', '').split('\r\n');
    expect(csv[0]).toBe(
      'Cột,Tên tiếng Việt,Tên tiếng Anh,Kiểu,Đơn vị,Quy tắc,Ví dụ,Tên cột được chấp nhận,Bắt buộc / khóa',
    );
    expect(csv).toHaveLength(rows.length + 2);
    expect(dictionaryColumns(contextOf('en')).map((column) => column.header)).toEqual([
      'Column',
      'Vietnamese name',
      'English name',
      'Type',
      'Unit',
      'Rule',
      'Example',
      'Accepted header names',
      'Required / key',
    ]);
  });
});
