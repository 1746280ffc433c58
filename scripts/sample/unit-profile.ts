import type { SampleUnit } from './parse-units.ts';
import { CHIEN_DAN, XUAN_PHU } from './published-facts.ts';
import { clamp, createRng, hashString, logNormalFactor, normal } from './random.ts';

export type Terrain = 'urban' | 'lowland' | 'mountain' | 'island';

/** Latent traits of a unit that all three generators share, so the datasets agree. */
export interface UnitProfile {
  readonly terrain: Terrain;
  /** Service quality on a logit scale; 0 is the provincial norm. */
  readonly quality: number;
  /** Taste for online channels beyond what terrain explains (logit scale). */
  readonly digital: number;
  /** Expected dossiers received in an ordinary month once the new units had settled in. */
  readonly dossierVolume: number;
  /** Expected voters' petitions in one round of meetings with deputies. */
  readonly petitionVolume: number;
}

const MOUNTAIN_DISTRICTS: ReadonlySet<string> = new Set([
  'Tây Giang',
  'Đông Giang',
  'Nam Giang',
  'Phước Sơn',
  'Nam Trà My',
  'Bắc Trà My',
  'Hiệp Đức',
  'Tiên Phước',
  'Nông Sơn',
]);

// units.csv files xã Nông Sơn and Quế Phước under Huyện Quế Sơn, but both are the hill
// communes of the former Nông Sơn district.
const MOUNTAIN_CODES: ReadonlySet<string> = new Set(['20656', '20669']);

const QUALITY_OFFSET: Record<Terrain, number> = {
  urban: 0.3,
  lowland: 0,
  mountain: -0.45,
  island: 0,
};
const DOSSIER_BASE: Record<Terrain, number> = {
  urban: 1400,
  lowland: 520,
  mountain: 95,
  island: 0,
};
const PETITION_BASE: Record<Terrain, number> = { urban: 42, lowland: 62, mountain: 36, island: 0 };
/** Typical area per terrain, so area only nudges volume around the terrain's norm. */
const TYPICAL_AREA_KM2: Record<Terrain, number> = {
  urban: 20,
  lowland: 80,
  mountain: 200,
  island: 1,
};

/**
 * Derives a unit's traits from its type, former district and area, plus noise seeded by its
 * code: the same unit always gets the same profile, whatever else is in the list.
 */
export function profileUnit(unit: SampleUnit): UnitProfile {
  const terrain = terrainOf(unit);
  if (terrain === 'island') {
    // Hoàng Sa has no resident population: mid-table quality, no noise, no volume.
    return { terrain, quality: -0.25, digital: 0, dossierVolume: 0, petitionVolume: 0 };
  }
  const rng = createRng(hashString(`profile:${unit.code}`));
  let quality = QUALITY_OFFSET[terrain] + normal(rng, 0, 0.55);
  if (unit.code === CHIEN_DAN.code) quality = Math.max(quality, 2);
  if (unit.code === XUAN_PHU.code) quality = Math.max(quality, 0.8);
  const digital = normal(rng, 0, 0.3);
  const size = clamp((unit.areaKm2 / TYPICAL_AREA_KM2[terrain]) ** 0.3, 0.7, 1.5);
  const merged = 1 + 0.15 * (unit.formerDistricts.length - 1);
  const dossierVolume = DOSSIER_BASE[terrain] * size * merged * logNormalFactor(rng, 0.25);
  const petitionVolume = PETITION_BASE[terrain] * size * merged * logNormalFactor(rng, 0.3);
  return { terrain, quality, digital, dossierVolume, petitionVolume };
}

export function terrainOf(unit: SampleUnit): Terrain {
  if (unit.type === 'dac_khu') return 'island';
  if (unit.type === 'phuong') return 'urban';
  const mountainous =
    MOUNTAIN_CODES.has(unit.code) ||
    unit.formerDistricts.some((former) => MOUNTAIN_DISTRICTS.has(districtName(former)));
  return mountainous ? 'mountain' : 'lowland';
}

/** "Huyện Tây Giang, tỉnh Quảng Nam" → "Tây Giang". */
function districtName(former: string): string {
  const [head = ''] = former.split(',');
  return head.trim().replace(/^(Huyện|Quận|Thị xã|Thành phố)\s+/u, '');
}
