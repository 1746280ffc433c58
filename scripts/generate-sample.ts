import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  dossierImbalance,
  findTotalTies,
  findUnbalancedDossiers,
  handledDossiers,
  indexRuleViolations,
  paknOf,
  petitionsReceived,
  pressOnTimeRate,
  rankBySnapshot,
  receivedDossiers,
} from './sample/check-sample.ts';
import { formatCsv } from './sample/format-csv.ts';
import { DELIBERATE_IMBALANCES, generateDossiers } from './sample/generate-dossiers.ts';
import { generatePetitions, MEETING_ROUNDS } from './sample/generate-petitions.ts';
import { generateScores } from './sample/generate-scores.ts';
import { parseUnits } from './sample/parse-units.ts';
import { CHIEN_DAN, XUAN_PHU } from './sample/published-facts.ts';
import { createDatasetRng, SAMPLE_SEED } from './sample/random.ts';
import {
  DOSSIER_COLUMNS,
  METRIC_COLUMNS,
  PETITION_COLUMNS,
  SCORE_COLUMNS,
} from './sample/sample-columns.ts';

// Synthetic sample data: `npx tsx scripts/generate-sample.ts`. Same seed, same bytes.

const dataDir = new URL('../data/', import.meta.url);
const units = parseUnits(readFileSync(new URL('units.csv', dataDir), 'utf8'));

const dossiers = generateDossiers(units, createDatasetRng('dossiers'));
const petitions = generatePetitions(units, createDatasetRng('petitions'));
// TDGQ, DVCTT and the dossier totals come from the sample's own dossiers.
const { scores, metrics } = generateScores(units, dossiers, createDatasetRng('scores'));

const violations = indexRuleViolations(scores, metrics, dossiers);
if (violations.length > 0) {
  console.error(`The sample breaks the portal's rules:\n  ${violations.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}

// Every month's sub-indicators are generated and checked; the last six months are published: each
// page load reads them all, and 25,568 rows cost ~0.5 s there against ~0.1 s for 9,588.
const PUBLISHED_METRICS_FROM = '2026-05';
const publishedMetrics = metrics.filter((row) => row.period >= PUBLISHED_METRICS_FROM);

const outputs = [
  { file: 'index_scores.csv', text: formatCsv(SCORE_COLUMNS, scores), rows: scores.length },
  {
    file: 'index_metrics.csv',
    text: formatCsv(METRIC_COLUMNS, publishedMetrics),
    rows: publishedMetrics.length,
  },
  { file: 'dossiers.csv', text: formatCsv(DOSSIER_COLUMNS, dossiers), rows: dossiers.length },
  { file: 'petitions.csv', text: formatCsv(PETITION_COLUMNS, petitions), rows: petitions.length },
];
for (const output of outputs) writeFileSync(new URL(output.file, dataDir), output.text);
// The sample is synthetic again: drop the marker `npm run data:import` leaves for real figures.
rmSync(new URL('source.json', dataDir), { force: true });

const nameOf = new Map(units.map((unit) => [unit.code, unit.name]));
const label = (code: string): string => `${nameOf.get(code) ?? '?'} (${code})`;
const lines: string[] = [
  `Synthetic sample, seed ${String(SAMPLE_SEED)}, ${String(units.length)} units`,
];
for (const output of outputs) {
  const bytes = Buffer.byteLength(output.text);
  lines.push(`  data/${output.file}: ${String(output.rows)} rows, ${String(bytes)} bytes`);
}

lines.push('Deliberately unbalanced dossier reports (inflow − outflow):');
for (const row of findUnbalancedDossiers(dossiers)) {
  const story = DELIBERATE_IMBALANCES.find((e) => e.code === row.code && e.month === row.month);
  lines.push(
    `  ${label(row.code)} ${row.month}: ${String(dossierImbalance(row))} (${story?.story ?? 'UNPLANNED'})`,
  );
}

const ranks = rankBySnapshot(scores, CHIEN_DAN.firstPlaceSnapshot);
const firstDay = scores.filter((row) => row.snapshotDate === CHIEN_DAN.firstPlaceSnapshot);
const sorted = [...firstDay].sort((a, b) => b.total - a.total);
const leaders = sorted.filter((row) => ranks.get(row.code) === 1).map((row) => label(row.code));
lines.push(
  `Fact: rank 1 on ${CHIEN_DAN.firstPlaceSnapshot}: ${leaders.join(', ')}, total ` +
    `${sorted[0]?.total.toFixed(2) ?? '?'} vs runner-up ${sorted[1]?.total.toFixed(2) ?? '?'}`,
);

const lastSnapshot = scores.reduce(
  (last, row) => (row.snapshotDate > last ? row.snapshotDate : last),
  '',
);
const lastRanks = rankBySnapshot(scores, lastSnapshot);
const lastLeaders = scores.filter(
  (row) => row.snapshotDate === lastSnapshot && lastRanks.get(row.code) === 1,
);
lines.push(
  `Rank 1 on ${lastSnapshot}: ${lastLeaders.map((row) => `${label(row.code)} ${row.total.toFixed(2)}`).join(', ')}`,
);
const chienDanFirst = scores.find(
  (row) => row.code === CHIEN_DAN.code && row.snapshotDate === CHIEN_DAN.firstPlaceSnapshot,
);
lines.push(
  `Chiên Đàn on ${CHIEN_DAN.firstPlaceSnapshot}: total ${chienDanFirst?.total.toFixed(2) ?? '?'}`,
);

const ckmbValues = [...new Set(scores.map((row) => `${row.period} ${row.ckmb.toFixed(2)}`))];
lines.push(`CKMB (the province's, every unit): ${ckmbValues.join(', ')}`);
const byUnitMonth = new Map<string, typeof metrics>();
for (const row of metrics) {
  const key = `${row.code}|${row.snapshotDate}`;
  byUnitMonth.set(key, [...(byUnitMonth.get(key) ?? []), row]);
}
const withoutPakn = [...byUnitMonth.values()].filter((rows) => paknOf(rows) === 0).length;
lines.push(
  `Unit-months without procedure complaints (PAKN), so MDHL 18: ${String(withoutPakn)} of ${String(byUnitMonth.size)}`,
);
lines.push(
  'Rules: CKMB one per snapshot, TDGQ = portal rate × 20, MDHL 18 without PAKN, ' +
    'sub-indicators add up to their groups: all hold.',
);

const xuanPhu = dossiers.find((row) => row.code === XUAN_PHU.code && row.month === XUAN_PHU.month);
if (xuanPhu) {
  lines.push(
    `Fact: ${label(XUAN_PHU.code)} ${XUAN_PHU.month}: received ${String(receivedDossiers(xuanPhu))}, ` +
      `press on-time rate ${((pressOnTimeRate(xuanPhu) ?? 0) * 100).toFixed(2)} %`,
  );
}
const chienDanPetitions = petitionsReceived(petitions, CHIEN_DAN.code, CHIEN_DAN.petitionsMonth);
lines.push(
  `Fact: ${label(CHIEN_DAN.code)} ${CHIEN_DAN.petitionsMonth}: ${String(chienDanPetitions)} petitions`,
);

const ties = findTotalTies(scores);
const firstTie = ties[0];
lines.push(
  `Ties in total: ${String(ties.length)}` +
    (firstTie
      ? `, e.g. ${firstTie.snapshotDate} ${firstTie.total.toFixed(2)}: ${firstTie.codes.map(label).join(', ')}`
      : ''),
);

const hoangSaCodes = new Set(units.filter((u) => u.type === 'dac_khu').map((u) => u.code));
const small = dossiers.filter((row) => !hoangSaCodes.has(row.code) && handledDossiers(row) < 20);
lines.push(
  `Commune-months with < 20 dossiers handled: ${String(small.length)} ` +
    `(${small.map((row) => `${label(row.code)} ${row.month}`).join(', ')})`,
);

const meetingMonths = new Set(MEETING_ROUNDS.flatMap((round) => round.months));
let emptyMeetingMonths = 0;
for (const unit of units) {
  if (hoangSaCodes.has(unit.code)) continue;
  for (const month of meetingMonths) {
    if (petitionsReceived(petitions, unit.code, month) === 0) emptyMeetingMonths += 1;
  }
}
lines.push(
  `Unit × meeting-month pairs with no petitions (Hoàng Sa aside): ${String(emptyMeetingMonths)}`,
);

console.log(lines.join('\n'));
