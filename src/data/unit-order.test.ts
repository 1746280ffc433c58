import { describe, expect, it } from 'vitest';
import { compareUnitsByName, compareVietnamese, sortUnitsBy } from './unit-order.ts';

const units = [
  { code: '20301', name: 'Hòa Vang', value: 3 },
  { code: '20300', name: 'Hòa Vang', value: null },
  { code: '20400', name: 'Chiên Đàn', value: 5 },
  { code: '20500', name: 'Điện Bàn', value: 3 },
];

describe('unit order', () => {
  it('orders names in Vietnamese collation (Đ after D), then by code', () => {
    expect(compareVietnamese('Điện Bàn', 'Duy Xuyên')).toBeGreaterThan(0);
    expect([...units].sort(compareUnitsByName).map((unit) => unit.code)).toEqual([
      '20400',
      '20500',
      '20300',
      '20301',
    ]);
  });

  it('sorts by a value both ways, ties by name, nulls last either way', () => {
    const desc = sortUnitsBy(units, (unit) => unit.value, 'desc').map((unit) => unit.code);
    expect(desc).toEqual(['20400', '20500', '20301', '20300']);
    const asc = sortUnitsBy(units, (unit) => unit.value, 'asc').map((unit) => unit.code);
    expect(asc).toEqual(['20500', '20301', '20400', '20300']);
    expect(sortUnitsBy(units, null, 'desc').map((unit) => unit.code)).toEqual([
      '20301',
      '20300',
      '20500',
      '20400',
    ]);
  });
});
