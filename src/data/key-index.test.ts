import { describe, expect, it } from 'vitest';
import { createKeyIndex } from './key-index.ts';

describe('createKeyIndex', () => {
  it('remembers the first line of every key, exactly, through many growths', () => {
    const index = createKeyIndex(['code', 'day', 'kind']);
    const row = (unit: number, day: number, kind = 'month') => ({
      code: String(10_000 + unit),
      day: `d${String(day)}`,
      kind,
    });
    let line = 2;
    let seenBefore = 0;
    for (let day = 0; day < 100; day += 1) {
      for (let unit = 0; unit < 3321; unit += 1) {
        if (index.firstLineOrAdd(row(unit, day), line) !== undefined) seenBefore += 1;
        line += 1;
      }
    }
    expect(seenBefore).toBe(0);
    expect(index.size).toBe(332_100);
    expect(index.firstLineOrAdd(row(0, 0), 999_999)).toBe(2);
    expect(index.firstLineOrAdd(row(3320, 99), 999_999)).toBe(line - 1);
    // Same values in other columns, or a value moved to another column, are other keys.
    expect(index.firstLineOrAdd(row(0, 0, 'quarter'), line)).toBeUndefined();
    expect(
      index.firstLineOrAdd({ code: 'd0', day: '10000', kind: 'month' }, line + 1),
    ).toBeUndefined();
    expect(index.size).toBe(332_102);
  });

  it('keys a one-column key by its value', () => {
    const index = createKeyIndex(['code']);
    expect(index.firstLineOrAdd({ code: '00004' }, 2)).toBeUndefined();
    expect(index.firstLineOrAdd({ code: '00004' }, 7)).toBe(2);
    expect(index.firstLineOrAdd({ code: '00040' }, 8)).toBeUndefined();
  });
});
