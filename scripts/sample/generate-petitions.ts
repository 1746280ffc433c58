import { SAMPLE_MONTHS } from './months.ts';
import type { SampleUnit } from './parse-units.ts';
import { CHIEN_DAN } from './published-facts.ts';
import type { Rng } from './random.ts';
import { binomial, logNormalFactor, multinomial, poisson } from './random.ts';
import type { Terrain } from './unit-profile.ts';
import { profileUnit } from './unit-profile.ts';

/** Our topic taxonomy (not an official one), in output order. */
export const PETITION_TOPICS = [
  'dat_dai',
  'ha_tang_giao_thong',
  'chinh_sach_xa_hoi',
  'y_te',
  'giao_duc',
  'moi_truong',
  'kinh_te_ngan_sach',
  'khac',
] as const;

export type PetitionTopic = (typeof PETITION_TOPICS)[number];

/** Voters' petitions of one unit, month and topic, by outcome as of the last sample month. */
export interface PetitionRow {
  readonly code: string;
  readonly month: string;
  readonly topic: PetitionTopic;
  readonly received: number;
  readonly answeredOnSpot: number;
  readonly answeredLater: number;
  readonly transferred: number;
  readonly pending: number;
}

/**
 * Rounds of meetings between voters and deputies. A round spread over two months is held by
 * each unit in one of them, so the other month is (nearly) empty for that unit.
 */
export const MEETING_ROUNDS: readonly { months: readonly string[]; weight: number }[] = [
  { months: ['2025-07'], weight: 1 }, // first round after the merger
  { months: ['2025-11', '2025-12'], weight: 0.8 }, // before the year-end council session
  { months: ['2026-04', '2026-05'], weight: 0.9 }, // newly elected deputies meet voters
  { months: ['2026-07'], weight: 0.75 }, // after the mid-year session
];
/** Petitions handed in outside meeting rounds, per unit-month. */
const BACKGROUND_MEAN = 0.5;

const TOPIC_WEIGHTS: Record<PetitionTopic, number> = {
  dat_dai: 0.3,
  ha_tang_giao_thong: 0.24,
  chinh_sach_xa_hoi: 0.11,
  y_te: 0.05,
  giao_duc: 0.06,
  moi_truong: 0.1,
  kinh_te_ngan_sach: 0.06,
  khac: 0.08,
};
const TERRAIN_TOPIC_BOOST: Record<Terrain, Partial<Record<PetitionTopic, number>>> = {
  urban: { moi_truong: 1.6, ha_tang_giao_thong: 1.2, chinh_sach_xa_hoi: 0.7 },
  lowland: {},
  mountain: { chinh_sach_xa_hoi: 1.6, ha_tang_giao_thong: 1.3, y_te: 1.3, moi_truong: 0.6 },
  island: {},
};
const ON_SPOT_SHARE: Record<PetitionTopic, number> = {
  dat_dai: 0.2,
  ha_tang_giao_thong: 0.3,
  chinh_sach_xa_hoi: 0.45,
  y_te: 0.4,
  giao_duc: 0.45,
  moi_truong: 0.3,
  kinh_te_ngan_sach: 0.35,
  khac: 0.5,
};
const TRANSFER_SHARE: Record<PetitionTopic, number> = {
  dat_dai: 0.35,
  ha_tang_giao_thong: 0.3,
  chinh_sach_xa_hoi: 0.15,
  y_te: 0.2,
  giao_duc: 0.15,
  moi_truong: 0.2,
  kinh_te_ngan_sach: 0.25,
  khac: 0.1,
};

/** Petitions by unit × month × topic; Chiên Đàn's first round is pinned to the published 119. */
export function generatePetitions(units: readonly SampleUnit[], rng: Rng): PetitionRow[] {
  return units.flatMap((unit) => {
    const profile = profileUnit(unit);
    const meetingWeight = meetingMonthsFor(rng);
    const topicWeights = PETITION_TOPICS.map(
      (topic) =>
        TOPIC_WEIGHTS[topic] *
        (TERRAIN_TOPIC_BOOST[profile.terrain][topic] ?? 1) *
        logNormalFactor(rng, 0.25),
    );
    const isChienDan = unit.code === CHIEN_DAN.code;
    const volume = isChienDan ? CHIEN_DAN.petitions : profile.petitionVolume;
    return SAMPLE_MONTHS.flatMap((month, monthIndex) => {
      const weight = meetingWeight.get(month);
      let received = 0;
      if (isChienDan && month === CHIEN_DAN.petitionsMonth) received = CHIEN_DAN.petitions;
      else if (volume <= 0) received = 0;
      else if (weight === undefined) received = poisson(rng, BACKGROUND_MEAN);
      else received = Math.round(volume * weight * logNormalFactor(rng, 0.2));

      const ageInMonths = SAMPLE_MONTHS.length - 1 - monthIndex;
      return multinomial(rng, received, topicWeights).map((count, topicIndex) =>
        splitOutcomes(
          unit.code,
          month,
          PETITION_TOPICS[topicIndex] ?? 'khac',
          count,
          ageInMonths,
          rng,
        ),
      );
    });
  });
}

/** For each round, the month this unit held its meetings in, with the round's weight. */
function meetingMonthsFor(rng: Rng): Map<string, number> {
  const chosen = new Map<string, number>();
  for (const round of MEETING_ROUNDS) {
    const month = round.months[Math.floor(rng.next() * round.months.length)];
    if (month !== undefined) chosen.set(month, round.weight);
  }
  return chosen;
}

function splitOutcomes(
  code: string,
  month: string,
  topic: PetitionTopic,
  received: number,
  ageInMonths: number,
  rng: Rng,
): PetitionRow {
  const answeredOnSpot = binomial(rng, received, ON_SPOT_SHARE[topic]);
  const transferred = binomial(rng, received - answeredOnSpot, TRANSFER_SHARE[topic]);
  const open = received - answeredOnSpot - transferred;
  // Answers take months, land cases longest: the older the meeting, the fewer still pending.
  const halfLife = topic === 'dat_dai' ? 3 : 1.8;
  const pending = binomial(rng, open, 0.85 * 0.5 ** (ageInMonths / halfLife));
  return {
    code,
    month,
    topic,
    received,
    answeredOnSpot,
    answeredLater: open - pending,
    transferred,
    pending,
  };
}
