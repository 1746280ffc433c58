import { describe, expect, it } from 'vitest';
import { filterRows, parseRankingState, sortRows } from './ranking-state.ts';

const rows = [
  { code: 'a', type: 'phuong', formerDistrict: 'Quận Hải Châu', scoreChange: -1, rankChange: 0 },
  {
    code: 'b',
    type: 'phuong',
    formerDistrict: 'Quận Liên Chiểu; Huyện Hòa Vang',
    scoreChange: 2.5,
    rankChange: 3,
  },
  { code: 'c', type: 'xa', formerDistrict: 'Huyện Hòa Vang', scoreChange: null, rankChange: null },
  {
    code: 'd',
    type: 'dac_khu',
    formerDistrict: 'Huyện Hoàng Sa',
    scoreChange: 0.5,
    rankChange: -2,
  },
] as const;

describe('parseRankingState', () => {
  it('reads every piece of state and falls back on unknown values', () => {
    const state = parseRankingState(
      new URLSearchParams(
        'panel=compare&month=2026-05&metric=mdhl&type=xa&district=Huy%E1%BB%87n%20H%C3%B2a%20Vang&sort=climb&unit=20400&units=20400,20242,bad,20400&bands=1&heat=rank',
      ),
    );
    expect(state).toEqual({
      panel: 'compare',
      month: '2026-05',
      metric: 'mdhl',
      sub: null,
      type: 'xa',
      district: 'Huyện Hòa Vang',
      sort: 'climb',
      unit: '20400',
      compared: ['20400', '20242'],
      bands: true,
      heat: 'rank',
    });
    const fallback = parseRankingState(new URLSearchParams('panel=x&metric=DROP&type=city&sort=?'));
    expect(fallback).toMatchObject({
      panel: 'ranking',
      month: null,
      metric: 'total',
      type: null,
      district: null,
      sort: 'rank',
      unit: null,
      compared: [],
      bands: false,
      heat: 'score',
    });
  });
});

describe('filterRows', () => {
  it('matches a unit when any of its former districts matches', () => {
    const codes = filterRows(rows, { type: null, district: 'Huyện Hòa Vang' }).map((r) => r.code);
    expect(codes).toEqual(['b', 'c']);
  });
  it('combines type and district', () => {
    expect(filterRows(rows, { type: 'xa', district: 'Huyện Hòa Vang' }).map((r) => r.code)).toEqual(
      ['c'],
    );
    expect(filterRows(rows, { type: null, district: null })).toHaveLength(4);
  });
});

describe('sortRows', () => {
  it('sorts by score change both ways, units without a change last', () => {
    expect(sortRows(rows, 'gain').map((r) => r.code)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortRows(rows, 'loss').map((r) => r.code)).toEqual(['a', 'd', 'b', 'c']);
  });
  it('sorts by rank change both ways and keeps rank order otherwise', () => {
    expect(sortRows(rows, 'climb').map((r) => r.code)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortRows(rows, 'drop').map((r) => r.code)).toEqual(['d', 'a', 'b', 'c']);
    expect(sortRows(rows, 'rank').map((r) => r.code)).toEqual(['a', 'b', 'c', 'd']);
  });
});
