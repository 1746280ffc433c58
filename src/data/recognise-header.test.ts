import { describe, expect, it } from 'vitest';
import { inspectFile, recogniseHeader } from './recognise-header.ts';

// A few Vietnamese letters as Windows-1258 bytes (Excel's "CSV (Comma delimited)" on Windows).
const CP1258: Readonly<Record<string, number>> = { ê: 0xea, Đ: 0xd0, ơ: 0xf5 };
const windows1258 = (text: string) =>
  new Uint8Array(Array.from(text, (char) => CP1258[char] ?? char.charCodeAt(0)));

describe('recogniseHeader', () => {
  it('names the dataset a header fits, by column names or Vietnamese aliases', () => {
    expect(recogniseHeader(['Mã xã', 'Tháng', 'Chủ đề', 'Số kiến nghị']).dataset).toBe(
      recogniseHeader(['code', 'month', 'topic', 'received']).dataset,
    );
    expect(recogniseHeader(['code', 'name', 'type', 'former_district', 'area_km2']).dataset).toBe(
      'units',
    );
  });

  it('says which dataset is nearest and which columns it lacks when none fits', () => {
    // A units list from the portal has neither former districts nor areas: still units.
    expect(recogniseHeader(['code', 'name', 'type']).dataset).toBe('units');
    const recognition = recogniseHeader(['code', 'name', 'former_district']);
    expect(recognition.dataset).toBeNull();
    expect(recognition.nearest).toMatchObject({ dataset: 'units', missing: ['type'] });
    expect(recogniseHeader(['foo', 'bar'])).toEqual({
      header: ['foo', 'bar'],
      dataset: null,
      nearest: null,
    });
  });
});

describe('inspectFile', () => {
  it('reads the header of a CSV in any encoding the loader reads', async () => {
    const bom = new Blob(['\uFEFFcode;name;type;former_district;area_km2\r\n1;A;xa;B;1\r\n']);
    expect(await inspectFile(bom)).toMatchObject({
      kind: 'csv',
      recognition: { dataset: 'units' },
    });
    const legacy = await inspectFile(new Blob([windows1258('Tên,Đơn\n')]));
    expect(legacy).toMatchObject({ kind: 'csv', recognition: { header: ['Tên', 'Đơn'] } });
  });

  it('refuses what cannot be read, with the reason', async () => {
    expect(await inspectFile(new Blob([new Uint8Array([0, 1, 2, 3, 0, 0])]))).toEqual({
      kind: 'unreadable',
      reason: 'binary',
    });
    expect(await inspectFile(new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])]))).toEqual({
      kind: 'unreadable',
      reason: 'xls',
    });
  });
});
