import { describe, expect, it } from 'vitest';
import type { DossierCounts, DossierUnitRow } from '../../queries/questions.ts';
import { parseDossierState, sortDossierUnits } from './dossier-state.ts';

const counts = (early: number, onTime: number, late: number, inTime: number): DossierCounts => ({
  carriedOver: 0,
  receivedOnline: early,
  receivedInPerson: onTime + late + inTime,
  receivedPostal: 0,
  resolvedEarly: early,
  resolvedOnTime: onTime,
  resolvedLate: late,
  pendingInTime: inTime,
  pendingOverdue: 0,
  returned: 0,
  gap: 0,
});
const row = (code: string, name: string, value: DossierCounts | null): DossierUnitRow => ({
  code,
  name,
  type: 'xa',
  formerDistrict: '',
  formerDistricts: [],
  counts: value,
});
const rows = [
  row('1', 'Hòa Vang', counts(10, 80, 10, 0)),
  row('2', 'An Khê', counts(0, 0, 0, 0)),
  row('3', 'Ấp Bắc', counts(50, 40, 0, 10)),
  row('4', 'Hoàng Sa', null),
];

describe('parseDossierState', () => {
  it('reads every param, falling back to safe defaults', () => {
    const state = parseDossierState(
      new URLSearchParams(
        'month=2026-05&type=phuong&district=Qu%E1%BA%ADn%20A&rate=press&sort=resolvedLate&order=asc&chart=channels&code=20242',
      ),
    );
    expect(state).toEqual({
      month: '2026-05',
      filter: { type: 'phuong', district: 'Quận A' },
      rate: 'press',
      sort: 'resolvedLate',
      order: 'asc',
      chart: 'channels',
      code: '20242',
    });
    expect(parseDossierState(new URLSearchParams('rate=x&type=y&sort=z&code=1'))).toMatchObject({
      month: null,
      filter: { type: null, district: null },
      rate: 'portal',
      sort: 'rate',
      order: 'desc',
      code: null,
    });
  });
});

describe('sortDossierUnits', () => {
  it('sorts by the chosen rate, putting "no denominator" and "no report" last', () => {
    expect(sortDossierUnits(rows, 'rate', 'desc', 'press').map((r) => r.code)).toEqual([
      '3',
      '1',
      '2',
      '4',
    ]);
    expect(sortDossierUnits(rows, 'rate', 'asc', 'press').map((r) => r.code)).toEqual([
      '1',
      '3',
      '2',
      '4',
    ]);
  });
  it('sorts by a bucket or by Vietnamese name', () => {
    expect(sortDossierUnits(rows, 'resolvedLate', 'desc', 'portal').map((r) => r.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(sortDossierUnits(rows, 'name', 'asc', 'portal').map((r) => r.name)).toEqual([
      'An Khê',
      'Ấp Bắc',
      'Hòa Vang',
      'Hoàng Sa',
    ]);
  });
});
