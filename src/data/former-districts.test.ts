import { describe, expect, it } from 'vitest';
import { splitFormerDistricts } from './former-districts.ts';

describe('splitFormerDistricts', () => {
  it('splits on ";", trims, and drops empty parts', () => {
    expect(splitFormerDistricts('A; ;B')).toEqual(['A', 'B']);
    expect(
      splitFormerDistricts('Quận Thanh Khê, TP Đà Nẵng cũ; Quận Cẩm Lệ, TP Đà Nẵng cũ'),
    ).toEqual(['Quận Thanh Khê, TP Đà Nẵng cũ', 'Quận Cẩm Lệ, TP Đà Nẵng cũ']);
    expect(splitFormerDistricts('  ')).toEqual([]);
  });
});
