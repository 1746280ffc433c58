/**
 * Small portal files of our own, in the shapes of the national portal's evaluation API and of a
 * crawler's daily snapshot (`../shared/data/dvcqg/README.md`). The province, units and figures
 * are invented: "Tỉnh Mẫu" (H99) with one agency and three communes.
 */
export interface FixtureUnit {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly agency?: boolean;
}

export const FIXTURE_UNITS: readonly FixtureUnit[] = [
  { id: 'a-0001', code: 'H99.01', name: 'Sở Nội vụ - Tỉnh Mẫu', agency: true },
  { id: 'c-0001', code: 'H99.100', name: 'UBND xã Hoà An - Tỉnh Mẫu' },
  { id: 'c-0002', code: 'H99.101', name: 'UBND Phường Đông Hải' },
  { id: 'c-0003', code: 'H99.102', name: 'UBND đặc khu Cồn Cỏ' },
];

const PROVINCE = { departmentId: 'p-0000', departmentName: 'UBND tỉnh Mẫu', departmentCode: 'H99' };

/** Group scores per unit, in FIXTURE_UNITS order: ckmb, tdgq, dvctt, tttt, mdsh, mdhl. */
export const FIXTURE_SCORES: readonly (readonly number[])[] = [
  [8, 19.5, 6, 0, 4.4, 18],
  [8, 18, 9, 7.5, 12.1, 18],
  [8, 16, 10.5, 6, 14, 12.25],
  [8, 20, 3, 2.5, 6, 15],
];

const envelope = (data: unknown) => ({ code: 'OK', data, message: 'OK' });
const kind = (unit: FixtureUnit) =>
  unit.agency === true
    ? { departmentType: 'PROVINCIAL_DEPARTMENT', departmentLevel: 'PROVINCE' }
    : { departmentType: 'COMMUNE_PEOPLE_COMMITTEE', departmentLevel: 'COMMUNE' };
const level = (unit: FixtureUnit) => (unit.agency === true ? 'PROVINCE' : 'COMMUNE');

function metric(code: string, numerator: number, denominator: number, maxScore: number) {
  const ratio = denominator === 0 ? 0 : Math.round((numerator / denominator) * 10000) / 100;
  return {
    code,
    name: `Chỉ tiêu ${code}`,
    numerator,
    denominator,
    ratio,
    score: (ratio / 100) * maxScore,
    maxScore,
  };
}

function evaluation(groupIndex: number, maxScore: number, metrics: (i: number) => unknown[]) {
  return envelope({
    overview: { ...PROVINCE, departmentType: 'PROVINCE', totalScore: 1, totalMaxScore: maxScore },
    evaluation: FIXTURE_UNITS.map((unit, i) => ({
      stt: i + 1,
      departmentId: unit.id,
      departmentName: unit.name,
      ...kind(unit),
      totalScore: FIXTURE_SCORES[i]?.[groupIndex],
      totalMaxScore: maxScore,
      ratio: 50,
      scoreDelta: null,
      metrics: metrics(i),
    })),
    pagination: { total: FIXTURE_UNITS.length, pageSize: 200 },
  });
}

function tree(groupIndex: number, maxScore: number, extra: (i: number) => object) {
  return envelope({
    parent: { ...PROVINCE, totalScore: 1, totalMaxScore: maxScore },
    children: FIXTURE_UNITS.map((unit, i) => ({
      departmentId: unit.id,
      departmentName: unit.name,
      departmentCode: unit.code,
      level: level(unit),
      ...(groupIndex === 1
        ? { score: FIXTURE_SCORES[i]?.[groupIndex], maxScore }
        : { totalScore: FIXTURE_SCORES[i]?.[groupIndex], totalMaxScore: maxScore }),
      scoreDelta: null,
      ...extra(i),
    })),
    monthlyChart: [],
  });
}

/** Received, on time, overdue per unit (TDGQ's totals). */
export const FIXTURE_DOSSIERS: readonly (readonly [number, number, number])[] = [
  [40, 39, 1],
  [200, 180, 20],
  [100, 80, 20],
  [10, 10, 0],
];

/** The six group responses, by the file names the portal crawler uses. */
export function portalResponses(): Record<string, unknown> {
  return {
    'transparency-month-all.json': evaluation(0, 18, () => [
      metric('PUBLISH_ON_TIME', 0, 89, 6),
      metric('DOSSIER_SYNC', 8, 6, 6),
    ]),
    'dvc-progress-tree-month-all.json': tree(1, 20, (i) => {
      const [received, onTime, overdue] = FIXTURE_DOSSIERS[i] ?? [0, 0, 0];
      return {
        totalReceived: received,
        totalOnTime: onTime,
        totalOverdue: overdue,
        avgProcessingDays: 3.5,
        ratio: 90,
      };
    }),
    'provide-online-tree-month-all.json': tree(2, 12, () => ({ ratio: 50 })),
    'formality-online-payment-tree-month-all.json': tree(3, 10, () => ({
      ratio: 40,
      totalDossierOnlinePaymentSuccess: 4,
      totalDossierFinancialObligation: 10,
    })),
    'dossier-digitized-month-all.json': evaluation(4, 22, () => [
      metric('ORIGINAL_RESULT_AVAILABLE', 7, 10, 6),
      metric('SO_HOA_GIAY_TO_GIAI_QUYET', 3, 10, 4),
    ]),
    'handling-satisfaction-month-all.json': evaluation(5, 18, (i) => [
      { ...metric('PETITION_CLASSIFICATION_TTHC', 0, 0, 0), score: null },
      metric('DOSSIER_RECEIVING_SATISFACTION', 9 - i, 10, 6),
    ]),
  };
}

/** A crawler's daily snapshot of the three communes, `groupRank` as the crawler numbers it. */
export function crawlerSnapshot(runDateStr: string, totals?: readonly number[]): unknown {
  const communes = FIXTURE_UNITS.map((unit, i) => ({ unit, scores: FIXTURE_SCORES[i] ?? [] }))
    .filter(({ unit }) => unit.agency !== true)
    .map(({ unit, scores }, i) => ({
      departmentId: unit.id,
      departmentName: unit.name.replace(' - Tỉnh Mẫu', ''),
      departmentCode: unit.code,
      childGroup: 'COMMUNE',
      totalScore: totals?.[i] ?? Math.round(scores.reduce((a, b) => a + b, 0) * 100) / 100,
      ratio: 0,
      scoreDelta: null,
      groupScores: {
        CKMB: scores[0],
        TDGQ: scores[1],
        ONLINE: scores[2],
        TTTT: scores[3],
        MDSH: scores[4],
        MDHL: scores[5],
      },
      rank: i + 2,
      groupRank: i + 1,
    }));
  return {
    metadata: {
      province: 'UBND tỉnh Mẫu',
      provinceCode: 'H99',
      rootDepartmentId: 'p-0000',
      runDateStr,
      timeType: 'year',
      year: 2026,
      period: null,
      periodLabel: 'Năm 2026',
      extractedAt: '2026-10-09T23:00:00Z',
    },
    overview: { departmentName: 'UBND tỉnh Mẫu', totalScore: 70 },
    count: communes.length,
    communes,
  };
}
