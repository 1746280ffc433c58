import { describe, expect, it } from 'vitest';
import type { Ranking, RankingRow } from '../../queries/questions.ts';
import { rankingCsv } from './ranking-csv.ts';

const groups = { ckmb: 15, tdgq: 18, dvctt: 10, tttt: 8, mdsh: 20, mdhl: 15.25 };
const row: RankingRow = {
  code: '00004',
  name: 'Đông "Giang"',
  type: 'xa',
  formerDistrict: 'Quận A; Huyện B',
  rank: 3,
  score: 86.25,
  total: 86.25,
  groups,
  publishedRank: null,
  previousRank: 5,
  previousScore: 84,
  previousTotal: 84,
  previousGroups: groups,
  rankChange: 2,
  scoreChange: 2.25,
};
const ranking: Ranking = {
  period: '2026-05',
  previousPeriod: '2026-04',
  comparison: 'period',
  metric: 'total',
  sub: null,
  snapshotDate: '2026-05-31',
  rankedCount: 94,
  previousRankedCount: 94,
  rows: [row],
};

describe('rankingCsv', () => {
  it('writes the shown rows with province-wide ranks, codes as text and a sample note', () => {
    const lines = rankingCsv(ranking, [row], 'dữ liệu mẫu').replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'month,metric,rank,ranked_units,code,name,type,former_district,score,total,ckmb,tdgq,dvctt,tttt,mdsh,mdhl,previous_month,previous_rank,rank_change,score_change,ghi_chu',
    );
    expect(lines[1]).toBe(
      '2026-05,total,3,94,00004,"Đông ""Giang""",xa,Quận A; Huyện B,86.25,86.25,15,18,10,8,20,15.25,2026-04,5,2,2.25,dữ liệu mẫu',
    );
  });
});
