import { describe, expect, it } from 'vitest';
import { createTextWidthStore, textKey, type TextWidthStorage } from './text-width-store.ts';

const FONT = '11px sans-serif';

/** A storage that keeps what it was given (a copy through JSON, as `localStorage` does). */
function memoryStorage(initial: unknown = null): TextWidthStorage & { value: unknown } {
  const storage = {
    value: initial === null ? null : (JSON.parse(JSON.stringify(initial)) as unknown),
    read: () => storage.value,
    write: (value: unknown) => {
      storage.value = JSON.parse(JSON.stringify(value)) as unknown;
    },
  };
  return storage;
}

/** A measure that counts its calls; widths from a table (default: 6 px a character). */
function countingMeasure(table: Record<string, number> = {}) {
  const measure = Object.assign(
    (text: string) => {
      measure.calls += 1;
      return table[text] ?? text.length * 6;
    },
    { calls: 0 },
  );
  return measure;
}

describe('createTextWidthStore', () => {
  it('measures a text once, and not at all on the next visit', () => {
    const storage = memoryStorage();
    const first = countingMeasure();
    const visit = createTextWidthStore({ storage, measure: first, version: 'A' });
    expect(visit.width('1. Hải Châu', FONT)).toBe(66);
    expect(visit.width('1. Hải Châu', FONT)).toBe(66);
    expect(first.calls).toBe(1);
    visit.save();

    const second = countingMeasure();
    const next = createTextWidthStore({ storage, measure: second, version: 'A' });
    expect(next.width('1. Hải Châu', FONT)).toBe(66);
    expect(second.calls).toBe(0);
  });

  it('keeps a width per font', () => {
    const measure = countingMeasure();
    const store = createTextWidthStore({ storage: memoryStorage(), measure, version: 'A' });
    store.width('72,50', '10px sans-serif');
    store.width('72,50', 'bold 10px sans-serif');
    expect(measure.calls).toBe(2);
  });

  it('does not use widths stored by another browser version or in another shape', () => {
    const storage = memoryStorage();
    const store = createTextWidthStore({ storage, measure: countingMeasure(), version: 'A' });
    store.width('Hòa Vang', FONT);
    store.save();
    const other = countingMeasure();
    createTextWidthStore({ storage, measure: other, version: 'B' }).width('Hòa Vang', FONT);
    expect(other.calls).toBe(1);

    for (const value of [
      'not json',
      42,
      { format: 2, version: 'A', widths: 'x' },
      { format: 2, version: 'A', widths: [[textKey('Hòa Vang', FONT), -1]] },
      { format: 2, version: 'A', widths: [[textKey('Hòa Vang', FONT), Number.NaN]] },
      { format: 2, version: 'A', widths: [[`${FONT}\u0000Hòa Vang`, 48]] },
      { format: 1, version: 'A', widths: [[textKey('Hòa Vang', FONT), 48]] },
    ]) {
      const measure = countingMeasure();
      createTextWidthStore({ storage: memoryStorage(value), measure, version: 'A' }).width(
        'Hòa Vang',
        FONT,
      );
      expect(measure.calls).toBe(1);
    }
  });

  it('writes only when something new was measured', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counted: TextWidthStorage = {
      read: () => storage.read(),
      write: (value) => {
        writes += 1;
        storage.write(value);
      },
    };
    const store = createTextWidthStore({
      storage: counted,
      measure: countingMeasure(),
      version: 'A',
    });
    store.save();
    expect(writes).toBe(0);
    store.width('Sơn Trà', FONT);
    store.save();
    store.save();
    expect(writes).toBe(1);
  });

  it('keeps the latest widths when there are more than it may keep', () => {
    const storage = memoryStorage();
    const store = createTextWidthStore({
      storage,
      measure: countingMeasure(),
      version: 'A',
      max: 2,
    });
    for (const text of ['a', 'bb', 'ccc']) store.width(text, FONT);
    store.save();
    const measure = countingMeasure();
    const next = createTextWidthStore({ storage, measure, version: 'A', max: 2 });
    next.width('bb', FONT);
    next.width('ccc', FONT);
    expect(measure.calls).toBe(0);
    next.width('a', FONT);
    expect(measure.calls).toBe(1);
  });

  it('drops every stored width when the fonts changed, and keeps them when they did not', () => {
    const storage = memoryStorage();
    const store = createTextWidthStore({ storage, measure: countingMeasure(), version: 'A' });
    for (const text of ['Liên Chiểu', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Thanh Khê'])
      store.width(text, FONT);
    store.save();

    const same = createTextWidthStore({ storage, measure: countingMeasure(), version: 'A' });
    same.width('Liên Chiểu', FONT);
    expect(same.check()).toBe(true);

    // Another font: every text is a pixel wider.
    const wider = (text: string) => text.length * 6 + 1;
    const changed = createTextWidthStore({ storage, measure: wider, version: 'A' });
    // Answered from the store (the old font's width) until the check measures it again.
    expect(changed.width('Ngũ Hành Sơn', FONT)).toBe('Ngũ Hành Sơn'.length * 6);
    expect(changed.check()).toBe(false);
    expect(changed.width('Cẩm Lệ', FONT)).toBe(wider('Cẩm Lệ'));
    const measure = countingMeasure();
    createTextWidthStore({ storage, measure, version: 'A' }).width('Thanh Khê', FONT);
    expect(measure.calls).toBe(1);
  });

  it('stores no text, only hashes of it', () => {
    const storage = memoryStorage();
    const store = createTextWidthStore({ storage, measure: countingMeasure(), version: 'A' });
    store.width('Tổ dân phố Đồi Hồng', FONT);
    store.save();
    expect(JSON.stringify(storage.value)).not.toContain('Đồi Hồng');
    expect(JSON.stringify(storage.value)).not.toContain('sans-serif');
  });

  it('hashes texts apart, fonts apart, and the same text alike', () => {
    const keys = new Set<number>();
    for (let rank = 1; rank <= 3321; rank += 1)
      keys.add(textKey(`${String(rank)}. Xã Hòa Vang`, FONT));
    expect(keys.size).toBe(3321);
    expect(textKey('Hòa Vang', FONT)).toBe(textKey('Hòa Vang', FONT));
    expect(textKey('Hòa Vang', FONT)).not.toBe(textKey('Hòa Vang', 'bold 11px sans-serif'));
    expect(Number.isSafeInteger(textKey('Hòa Vang', FONT))).toBe(true);
  });

  it('measures on when the storage cannot be read or written', () => {
    const broken: TextWidthStorage = {
      read: () => {
        throw new Error('SecurityError');
      },
      write: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createTextWidthStore({
      storage: broken,
      measure: countingMeasure(),
      version: 'A',
    });
    expect(store.width('Hội An', FONT)).toBe(36);
    expect(() => {
      store.save();
    }).not.toThrow();
  });
});
