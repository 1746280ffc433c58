import { describe, expect, it } from 'vitest';
import { inspected, recognitionOf } from './pending-file.tsx';

const file = new File(['code\n'], 'diem.xlsx');
const recognition = (dataset: 'units' | null) => ({ header: ['code'], dataset, nearest: null });

describe('a pending file', () => {
  it('starts on the first sheet that has a dataset, with that dataset', () => {
    const entry = inspected(file, {
      kind: 'xlsx',
      sheets: [
        { name: 'Ghi chú', rows: 0, recognition: recognition(null) },
        { name: 'Đơn vị', rows: 3, recognition: recognition('units') },
      ],
    });
    expect(entry).toMatchObject({ sheet: 'Đơn vị', dataset: 'units' });
    expect(recognitionOf(entry)).toEqual(recognition('units'));
  });

  it('lets the user choose the dataset of a file whose inspection failed, claiming nothing', () => {
    const entry = inspected(file, { kind: 'failed', message: 'out of memory' });
    expect(entry).toMatchObject({ sheet: null, dataset: null });
    expect(recognitionOf(entry)).toBeNull();
  });
});
