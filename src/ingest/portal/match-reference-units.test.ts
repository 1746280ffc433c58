import { describe, expect, it } from 'vitest';
import type { ImportedUnit } from './portal-import-types.ts';
import { parsePortalName } from './portal-unit-name.ts';
import { matchReferenceUnits, type ReferenceUnit } from './match-reference-units.ts';
import { strictNameKey } from './unit-name-key.ts';

const REFERENCES: readonly ReferenceUnit[] = [
  { code: '20242', name: 'Hải Châu', type: 'phuong', province: 'Đà Nẵng' },
  { code: '20306', name: 'Hòa Vang', type: 'xa', province: 'Đà Nẵng' },
  { code: '20320', name: 'Hóa An', type: 'xa', province: 'Đà Nẵng' },
  { code: '20400', name: 'Đại Lộc', type: 'xa', province: 'Đà Nẵng' },
  { code: '20500', name: 'Hoàng Sa', type: 'dac_khu', province: 'Đà Nẵng' },
  { code: '30000', name: 'Tam Sơn', type: 'xa', province: 'Phú Thọ' },
];

let next = 0;
function portal(rawName: string, kind: ImportedUnit['kind'] = 'commune'): ImportedUnit {
  const parsed = parsePortalName(rawName, 'Đà Nẵng');
  next += 1;
  return {
    departmentId: `id-${String(next)}`,
    portalCode: null,
    rawName,
    name: parsed.name,
    type: kind === 'commune' ? parsed.type : null,
    kind,
    province: parsed.province ?? 'Đà Nẵng',
  };
}

describe('strictNameKey', () => {
  it('treats old and new tone placement, case and spacing alike, and keeps different tones apart', () => {
    expect(strictNameKey('Hòa Vang')).toBe(strictNameKey('HOÀ  VANG'));
    expect(strictNameKey('Thủy Xuân')).toBe(strictNameKey('thuỷ xuân'));
    expect(strictNameKey('Khỏe')).toBe(strictNameKey('Khoẻ'));
    expect(strictNameKey('Hóa An')).not.toBe(strictNameKey('Hòa An'));
    // NFD input (as some exports write it) reads as NFC.
    expect(strictNameKey('Hải Châu'.normalize('NFD'))).toBe(strictNameKey('Hải Châu'));
  });
});

describe('matchReferenceUnits', () => {
  it('matches by normalised name and type within the province, and reports the rest', () => {
    const units = [
      portal('UBND Phường HẢI CHÂU - Thành phố Đà Nẵng'),
      portal('UBND xã Hoà Vang'),
      portal('UBND xã Dai Loc'),
      portal('UBND xã Không Có'),
      portal('UBND xã Tam Sơn'),
      portal('Sở Tư pháp - Thành phố Đà Nẵng', 'agency'),
    ];
    const { rows, withoutScore } = matchReferenceUnits(units, REFERENCES);
    expect(rows.map((row) => [row.portalName, row.match])).toEqual([
      [
        'UBND Phường HẢI CHÂU - Thành phố Đà Nẵng',
        { status: 'matched', code: '20242', by: 'name' },
      ],
      ['UBND xã Hoà Vang', { status: 'matched', code: '20306', by: 'name' }],
      ['UBND xã Dai Loc', { status: 'matched', code: '20400', by: 'name-without-marks' }],
      ['UBND xã Không Có', { status: 'unmatched', reason: 'no-such-name' }],
      ['UBND xã Tam Sơn', { status: 'unmatched', reason: 'other-province' }],
      ['Sở Tư pháp - Thành phố Đà Nẵng', { status: 'agency' }],
    ]);
    // Reference units of the province that the file does not score are kept, as "no score".
    expect(withoutScore.map((unit) => unit.code)).toEqual(['20320', '20500']);
  });

  it('never matches across types, and calls two candidates ambiguous rather than guess', () => {
    const { rows } = matchReferenceUnits(
      [portal('UBND phường Hòa Vang'), portal('UBND xã Hoa An'), portal('UBND xã Hòa An')],
      [...REFERENCES, { code: '20321', name: 'Hòa An', type: 'xa', province: 'Đà Nẵng' }],
    );
    expect(rows.map((row) => row.match)).toEqual([
      { status: 'unmatched', reason: 'no-such-name' },
      { status: 'unmatched', reason: 'ambiguous' },
      { status: 'matched', code: '20321', by: 'name' },
    ]);
  });
});
