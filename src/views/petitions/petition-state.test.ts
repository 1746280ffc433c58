import { describe, expect, it } from 'vitest';
import { chartContext } from '../../../test/helpers/chart-context.ts';
import { formatCsvExport } from '../../data/format-csv-export.ts';
import { PETITION_TOPICS } from '../../data/schema.ts';
import type { PetitionCounts, PetitionUnitRow } from '../../queries/questions.ts';
import { parsePetitionState, resolvePeriod, sortPetitionUnits } from './petition-state.ts';
import { petitionCsvColumns, summarizePetitions } from './summarize-petitions.ts';

const counts = (spot: number, later: number, up: number, pending: number): PetitionCounts => ({
  received: spot + later + up + pending,
  answeredOnSpot: spot,
  answeredLater: later,
  transferred: up,
  pending,
  byTopic: {
    ...(Object.fromEntries(
      PETITION_TOPICS.map((topic) => [topic, 0]),
    ) as PetitionCounts['byTopic']),
    dat_dai: spot + later + up + pending,
  },
});
const row = (
  code: string,
  name: string,
  population: number | null,
  value: PetitionCounts | null,
): PetitionUnitRow => ({
  code,
  name,
  type: 'xa',
  formerDistrict: 'Huyện Phú Ninh',
  formerDistricts: ['Huyện Phú Ninh'],
  population,
  counts: value,
});
const rows = [
  row('20364', 'Chiên Đàn', 32145, counts(39, 35, 25, 20)),
  row('20242', 'Hải Châu', null, counts(100, 50, 0, 50)),
  row('20650', 'Xuân Phú', 37083, counts(1, 0, 0, 0)),
  row('20600', 'Hoàng Sa', null, null),
];

describe('parsePetitionState and resolvePeriod', () => {
  it('defaults to all months, and clamps and orders a given range', () => {
    const months = ['2025-07', '2025-08', '2025-09'];
    const state = parsePetitionState(new URLSearchParams(''));
    expect(state).toMatchObject({ from: null, to: null, sort: 'received', measure: 'count' });
    expect(resolvePeriod(state, months)).toEqual({ from: '2025-07', to: '2025-09' });
    expect(parsePetitionState(new URLSearchParams('measure=per10k')).sort).toBe('per10k');
    expect(parsePetitionState(new URLSearchParams('measure=per10k&sort=name')).sort).toBe('name');
    expect(resolvePeriod({ from: '2025-09', to: '2025-08' }, months)).toEqual({
      from: '2025-08',
      to: '2025-09',
    });
    expect(resolvePeriod({ from: '2020-01', to: '2030-01' }, months)).toEqual({
      from: '2025-07',
      to: '2025-09',
    });
    expect(resolvePeriod(state, [])).toBeNull();
  });
});

describe('sortPetitionUnits', () => {
  it('ranks per 10,000 residents only where population is known, unknown last', () => {
    expect(sortPetitionUnits(rows, 'per10k', 'desc').map((r) => r.code)).toEqual([
      '20364',
      '20650',
      '20242',
      '20600',
    ]);
    expect(sortPetitionUnits(rows, 'received', 'desc').map((r) => r.code)).toEqual([
      '20242',
      '20364',
      '20650',
      '20600',
    ]);
  });
});

describe('summarizePetitions and petitionCsvColumns', () => {
  const { t, format } = chartContext('vi');
  it('names the top unit, the top topic and the answered share', () => {
    expect(summarizePetitions(rows, 'Tháng 7/2025', { t, format })).toBe(
      'Tháng 7/2025: 3 đơn vị có kiến nghị, tổng 320. Nhiều nhất: Hải Châu (200); lĩnh vực nhiều nhất: Đất đai (320); đã trả lời 70,31 %.',
    );
  });
  it('exports per 10,000 only where population is known', () => {
    const lines = formatCsvExport(rows, petitionCsvColumns({ from: '2025-07', to: '2025-07' }))
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toContain('population,per_10000_residents');
    expect(lines[1]).toMatch(
      /^20364,Chiên Đàn,.*,119,39,35,25,20,62.18,119,0,0,0,0,0,0,0,32145,37$/,
    );
    expect(lines[2]?.endsWith(',,')).toBe(true);
  });
});
