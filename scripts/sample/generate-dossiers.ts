import { monthNumberOf, SAMPLE_MONTHS } from './months.ts';
import type { SampleUnit } from './parse-units.ts';
import { XUAN_PHU } from './published-facts.ts';
import type { Rng } from './random.ts';
import { binomial, clamp, logNormalFactor, normal } from './random.ts';
import type { Terrain, UnitProfile } from './unit-profile.ts';
import { profileUnit } from './unit-profile.ts';

/** One-stop-shop report of one unit for one month; every field a count of dossiers. */
export interface DossierRow {
  readonly code: string;
  readonly month: string;
  readonly carriedOver: number;
  readonly receivedOnline: number;
  readonly receivedInPerson: number;
  readonly receivedPostal: number;
  readonly resolvedEarly: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  readonly pendingInTime: number;
  readonly pendingOverdue: number;
  readonly returned: number;
}

export type DossierCountField = Exclude<keyof DossierRow, 'code' | 'month'>;

/**
 * Real reports do not always balance, and the dashboard warns about it, so exactly these three
 * commune-months are broken on purpose. Each delta lands on a field that does not feed the next
 * month's carried_over, so the chaining stays intact.
 */
export const DELIBERATE_IMBALANCES: readonly {
  readonly code: string;
  readonly month: string;
  readonly field: DossierCountField;
  readonly delta: number;
  readonly story: string;
}[] = [
  {
    code: '20200',
    month: '2025-09',
    field: 'receivedInPerson',
    delta: 12,
    story: 'Hòa Khánh: a batch of counter receipts entered twice',
  },
  {
    code: '20791',
    month: '2026-01',
    field: 'resolvedLate',
    delta: 4,
    story: 'Thăng Bình: late dossiers counted in both December and January',
  },
  {
    code: '20722',
    month: '2026-05',
    field: 'returned',
    delta: 2,
    story: 'Khâm Đức: returned dossiers reported without being received',
  },
];

/** The first month after the merger ran below normal, in the hills far below. */
const LAUNCH_FACTOR: Record<Terrain, number> = {
  urban: 0.85,
  lowland: 0.8,
  mountain: 0.28,
  island: 0,
};
/** Calendar seasonality: year-end land and civil-status peaks, the Tết holiday in February. */
const SEASON = [1.08, 0.72, 1.0, 0.97, 1.0, 1.02, 0.98, 1.0, 0.97, 1.0, 1.04, 1.12];
const MONTHLY_GROWTH = 0.01;
const ONLINE_BASE: Record<Terrain, number> = {
  urban: 0.55,
  lowland: 0.38,
  mountain: 0.18,
  island: 0,
};
const ONLINE_GAIN_PER_MONTH = 0.022;
const POSTAL_SHARE = 0.012;
const RETURNED_SHARE = 0.015;
const PENDING_SHARE = 0.11;
const EARLY_SHARE = 0.45;

/** Monthly dossier flows per unit, with carried_over chained from the previous month. */
export function generateDossiers(units: readonly SampleUnit[], rng: Rng): DossierRow[] {
  return units.flatMap((unit) => {
    const profile = profileUnit(unit);
    let carriedOver = 0;
    return SAMPLE_MONTHS.map((month, monthIndex) => {
      const row = simulateMonth(unit, profile, month, monthIndex, carriedOver, rng);
      carriedOver = row.pendingInTime + row.pendingOverdue;
      return applyImbalance(row);
    });
  });
}

function simulateMonth(
  unit: SampleUnit,
  profile: UnitProfile,
  month: string,
  monthIndex: number,
  carriedOver: number,
  rng: Rng,
): DossierRow {
  const isXuanPhuFirstMonth = unit.code === XUAN_PHU.code && month === XUAN_PHU.month;
  // Xuân Phú's own level is anchored on its published first month, not on the generic guess.
  const volume =
    unit.code === XUAN_PHU.code ? XUAN_PHU.received / LAUNCH_FACTOR.lowland : profile.dossierVolume;
  const expected =
    volume *
    (monthIndex === 0 ? LAUNCH_FACTOR[profile.terrain] : 1) *
    (SEASON[monthNumberOf(month) - 1] ?? 1) *
    (1 + MONTHLY_GROWTH * monthIndex);
  const received = isXuanPhuFirstMonth
    ? XUAN_PHU.received
    : Math.round(expected * logNormalFactor(rng, 0.12));

  const onlineShare = clamp(
    ONLINE_BASE[profile.terrain] +
      ONLINE_GAIN_PER_MONTH * monthIndex +
      0.08 * profile.digital +
      normal(rng, 0, 0.02),
    0.02,
    0.95,
  );
  const receivedPostal = binomial(rng, received, POSTAL_SHARE);
  const receivedOnline = binomial(rng, received - receivedPostal, onlineShare);
  const receivedInPerson = received - receivedPostal - receivedOnline;

  const returned = binomial(rng, carriedOver + received, RETURNED_SHARE);
  const workload = carriedOver + received - returned;
  const pending = binomial(rng, workload, PENDING_SHARE);
  const pendingOverdue = binomial(rng, pending, clamp(0.06 * Math.exp(-profile.quality), 0, 0.4));
  const resolved = workload - pending;
  let resolvedLate = binomial(rng, resolved, clamp(0.02 * Math.exp(-profile.quality), 0, 0.2));
  if (isXuanPhuFirstMonth) {
    // Published: more than 99 % on time, i.e. late < (early + on time) / 99.
    resolvedLate = Math.min(resolvedLate, Math.floor((resolved - resolvedLate) / 120));
  }
  const resolvedEarly = binomial(rng, resolved - resolvedLate, EARLY_SHARE);

  return {
    code: unit.code,
    month,
    carriedOver,
    receivedOnline,
    receivedInPerson,
    receivedPostal,
    resolvedEarly,
    resolvedOnTime: resolved - resolvedLate - resolvedEarly,
    resolvedLate,
    pendingInTime: pending - pendingOverdue,
    pendingOverdue,
    returned,
  };
}

function applyImbalance(row: DossierRow): DossierRow {
  const imbalance = DELIBERATE_IMBALANCES.find(
    (entry) => entry.code === row.code && entry.month === row.month,
  );
  if (!imbalance) return row;
  return { ...row, [imbalance.field]: row[imbalance.field] + imbalance.delta };
}
