import { onTimeRate } from '../../src/data/on-time-rates.ts';
import type { DossierRow } from './generate-dossiers.ts';
import type { MetricCode, MetricCounts } from './index-metrics.ts';
import { METRICS } from './index-metrics.ts';
import type { Rng } from './random.ts';
import { binomial, poisson } from './random.ts';

/**
 * The counts behind every sub-indicator of one unit and month, in `METRICS` order. Where the
 * portal counts the unit's dossiers, the sample's own dossiers are used (on time, online); the
 * other shares are drawn around a latent logit per group, so a unit's sub-indicators move together.
 */

/** Procedures a commune-level unit handles: the denominator of the procedure-based shares. */
export const COMMUNE_PROCEDURES = 372;
/** Share of dossiers carrying a fee or charge, i.e. that can be paid online. */
const FEE_SHARE = 0.32;
/** Procedure complaints and feedback (PAKN) per dossier received: most unit-months have none. */
const PAKN_PER_DOSSIER = 1 / 1500;

/** Offsets from the MDSH logit: results are issued electronically far more often than reused. */
const MDSH_OFFSETS: Readonly<Partial<Record<MetricCode, number>>> = {
  ORIGINAL_RESULT_AVAILABLE: 0.7,
  SO_HOA_GIAY_TO_GIAI_QUYET: -0.2,
  REUSED_DIGITIZED_DATA: -2,
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: -2.4,
  CITIZEN_DATA_CONNECTED_DOSSIER: 0.3,
  CITIZEN_DATA_CONNECTED_FORMALITY: -0.6,
};
const CKMB_OFFSETS = { publish: 0.3, update: 0, content: 1.8, sync: 2.6 };

/** The latent logits of the groups whose shares are drawn. */
export interface UnitLogits {
  readonly tttt: number;
  readonly mdsh: number;
  readonly mdhl: number;
}

const sigmoid = (logit: number): number => 1 / (1 + Math.exp(-logit));
const counts = (numerator: number, denominator: number): MetricCounts => ({
  numerator,
  denominator,
});

/**
 * The province's transparency counts of one month: the portal gives every unit of a province
 * the same CKMB, so these are province-wide (procedures published, dossiers synchronised).
 */
export function provinceCkmb(
  logit: number,
  provinceReceived: number,
  rng: Rng,
): ReadonlyMap<MetricCode, MetricCounts> {
  const share = (offset: number) => sigmoid(logit + offset);
  const published = 3 + poisson(rng, 9);
  const updated = 5 + poisson(rng, 15);
  return new Map<MetricCode, MetricCounts>([
    ['PUBLISH_ON_TIME', counts(binomial(rng, published, share(CKMB_OFFSETS.publish)), published)],
    ['PUBLIC_UPDATE_ON_TIME', counts(binomial(rng, updated, share(CKMB_OFFSETS.update)), updated)],
    [
      'PUBLIC_CONTENT_FULL',
      counts(binomial(rng, COMMUNE_PROCEDURES, share(CKMB_OFFSETS.content)), COMMUNE_PROCEDURES),
    ],
    [
      'DOSSIER_SYNC',
      counts(binomial(rng, provinceReceived, share(CKMB_OFFSETS.sync)), provinceReceived),
    ],
  ]);
}

export interface UnitMonthInput {
  readonly dossiers: DossierRow;
  readonly logits: UnitLogits;
  readonly ckmb: ReadonlyMap<MetricCode, MetricCounts>;
  /** Whether the unit already offered electronic certified copies last month (kept once offered). */
  readonly certifiedCopy: boolean;
}

export interface UnitMonthCounts {
  /** In `METRICS` order. */
  readonly counts: MetricCounts[];
  /** Procedure complaints and feedback (PAKN) handled in the month. */
  readonly pakn: number;
  readonly certifiedCopy: boolean;
}

export function unitMonthCounts(input: UnitMonthInput, rng: Rng): UnitMonthCounts {
  const { dossiers, logits, ckmb } = input;
  const received = dossiers.receivedOnline + dossiers.receivedInPerson + dossiers.receivedPostal;
  // The project's portal rate (on-time-rates.ts): early, on time and in progress within deadline.
  const onTime = onTimeRate('portal', dossiers);
  const feeDossiers = binomial(rng, received, FEE_SHARE);
  const pakn = poisson(rng, received * PAKN_PER_DOSSIER);
  const certifiedCopy = input.certifiedCopy || rng.next() < sigmoid(logits.mdsh - 0.3);
  const drawn = (total: number, logit: number) =>
    counts(binomial(rng, total, sigmoid(logit)), total);

  const byCode = new Map<MetricCode, MetricCounts>(ckmb);
  byCode.set('DOSSIER_ON_TIME', counts(onTime.numerator, onTime.denominator));
  byCode.set('PROVIDE_ONLINE', counts(dossiers.receivedOnline, received));
  byCode.set('ONLINE_PAYMENT', drawn(feeDossiers, logits.tttt));
  for (const [code, offset] of Object.entries(MDSH_OFFSETS) as [MetricCode, number][]) {
    const total = code === 'CITIZEN_DATA_CONNECTED_FORMALITY' ? COMMUNE_PROCEDURES : received;
    byCode.set(code, drawn(total, logits.mdsh + offset));
  }
  byCode.set('ELECTRONIC_CERTIFIED_COPY', { provided: certifiedCopy });
  const satisfied = binomial(rng, received, sigmoid(logits.mdhl));
  // Without complaints the portal gives the full 18 (design.md §3b): satisfaction at least 90 %.
  const atLeast90 = Math.floor((9 * received + 9) / 10);
  byCode.set(
    'DOSSIER_RECEIVING_SATISFACTION',
    counts(pakn === 0 ? Math.max(satisfied, atLeast90) : satisfied, received),
  );
  byCode.set('PETITION_PROCESSING_ON_TIME', drawn(pakn, logits.mdhl + 0.4));
  byCode.set('PETITION_HANDLING_SATISFACTION', drawn(pakn, logits.mdhl - 0.3));

  return {
    counts: METRICS.map((spec) => {
      const found = byCode.get(spec.code);
      if (!found) throw new Error(`No counts for ${spec.code}`);
      return found;
    }),
    pakn,
    certifiedCopy,
  };
}
