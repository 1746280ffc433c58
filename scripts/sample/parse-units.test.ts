import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnits } from './parse-units.ts';
import { terrainOf } from './unit-profile.ts';

const unitsText = readFileSync(new URL('../../data/units.csv', import.meta.url), 'utf8');

describe('parseUnits', () => {
  it('reads the 94 units of Đà Nẵng with codes as strings', () => {
    const units = parseUnits(unitsText);
    expect(units).toHaveLength(94);
    expect(units.filter((unit) => unit.type === 'phuong')).toHaveLength(23);
    expect(units.filter((unit) => unit.type === 'xa')).toHaveLength(70);
    expect(units.filter((unit) => unit.type === 'dac_khu')).toHaveLength(1);
    expect(new Set(units.map((unit) => unit.code)).size).toBe(94);
    for (const unit of units) expect(unit.code).toMatch(/^\d{5}$/);
  });

  it('splits merged former districts on semicolons, not on commas', () => {
    const anKhe = parseUnits(unitsText).find((unit) => unit.code === '20305');
    expect(anKhe?.formerDistricts).toEqual([
      'Quận Thanh Khê, TP Đà Nẵng cũ',
      'Quận Cẩm Lệ, TP Đà Nẵng cũ',
    ]);
  });

  it('fails loudly on a bad row', () => {
    const header = 'code,name,type,former_district,area_km2\n';
    expect(() => parseUnits(`${header}123,X,xa,Y,1\n`)).toThrow(/line 2.*5 digits/);
    expect(() => parseUnits(`${header}12345,X,town,Y,1\n`)).toThrow(/unknown type/);
    expect(() => parseUnits('code,name\n12345,X\n')).toThrow(/"type"/);
  });
});

describe('terrainOf', () => {
  it('classifies by type and former district', () => {
    const byCode = new Map(parseUnits(unitsText).map((unit) => [unit.code, unit]));
    const terrain = (code: string): string => {
      const unit = byCode.get(code);
      if (!unit) throw new Error(`no unit ${code}`);
      return terrainOf(unit);
    };
    expect(terrain('20242')).toBe('urban'); // Hải Châu
    expect(terrain('20364')).toBe('lowland'); // Chiên Đàn
    expect(terrain('20458')).toBe('mountain'); // Avương, Tây Giang
    expect(terrain('20656')).toBe('mountain'); // Nông Sơn
    expect(terrain('20333')).toBe('island'); // Hoàng Sa
  });
});
