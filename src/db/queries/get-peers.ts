import { compareUnitsByName } from '../../data/unit-order.ts';
import { splitFormerDistricts } from '../../data/former-districts.ts';
import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { SIZE_PEER_COUNT } from './size-peer-count.ts';
import { defaultScoresCte } from './timeline-scores.ts';

export { SIZE_PEER_COUNT };

const sql = (cte: string) => `
WITH ${cte},
last_period AS (SELECT max(period) AS period FROM scores),
ranked AS (
  SELECT s.code, s.total, rank() OVER (ORDER BY s.total DESC) AS rank
  FROM scores s JOIN last_period lp ON s.period = lp.period
)
SELECT u.code, u.name, u.type, u.former_district, u.area_km2, r.total, r.rank::DOUBLE AS rank,
  (SELECT period FROM last_period) AS period,
  (SELECT count(*) FROM ranked)::DOUBLE AS ranked_count
FROM units u LEFT JOIN ranked r ON r.code = u.code
ORDER BY u.code`;

export interface PeerUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistrict: string;
  /** Null when unknown (units read from the national portal). */
  readonly areaKm2: number | null;
  /** Rank and total in the latest month; null when the unit has no score then. */
  readonly rank: number | null;
  readonly total: number | null;
}

export interface SizePeer extends PeerUnit {
  /** |ln(area) − ln(the unit's area)|: 0.69 means twice or half the area. */
  readonly logAreaDistance: number;
}

export interface DistrictPeer extends PeerUnit {
  /** The former districts it shares with the unit. */
  readonly sharedDistricts: readonly string[];
}

export interface Peers {
  /** The latest month with scores (`YYYY-MM`) the ranks belong to, or null. */
  readonly period: string | null;
  readonly rankedCount: number;
  /** Up to five units of the same type nearest in log-area, nearest first. */
  readonly similarSize: readonly SizePeer[];
  /** Units of any type sharing at least one former district, best rank first. */
  readonly sameDistrict: readonly DistrictPeer[];
}

const read = createRowReader('get-peers');

/**
 * Which units is it fair to compare one unit with? Size peers: the five units of the same type
 * (xã, phường, đặc khu) nearest in log-area (area is the only size known for every unit; log
 * so that 20 km² vs 40 km² counts like 200 vs 400). District peers: every unit whose `;`-separated
 * former-district list overlaps the unit's. Both carry the latest month's rank. `code` is the
 * 5-digit code; an unknown code gives empty lists.
 */
export async function getPeers(db: DbClient, code: string): Promise<Peers> {
  const cte = await defaultScoresCte(db);
  const rows = await db.query(sql(cte.sql), cte.params);
  const first = rows[0];
  const period = first === undefined ? null : read.nullableString(first, 'period');
  const rankedCount = first === undefined ? 0 : read.number(first, 'ranked_count');
  const units = rows.map((row): PeerUnit => ({
    code: read.string(row, 'code'),
    name: read.string(row, 'name'),
    type: read.oneOf(row, 'type', UNIT_TYPES),
    formerDistrict: read.nullableString(row, 'former_district') ?? '',
    areaKm2: read.nullableNumber(row, 'area_km2'),
    rank: read.nullableNumber(row, 'rank'),
    total: read.nullableNumber(row, 'total'),
  }));
  return { period, rankedCount, ...selectPeers(units, code) };
}

/** The peer rule, apart from the engine so it can be read and tested on its own. */
export function selectPeers(
  units: readonly PeerUnit[],
  code: string,
  count = SIZE_PEER_COUNT,
): Pick<Peers, 'similarSize' | 'sameDistrict'> {
  const self = units.find((unit) => unit.code === code);
  if (self === undefined) return { similarSize: [], sameDistrict: [] };
  const others = units.filter((unit) => unit.code !== code);
  const logArea = (area: number) => Math.log(Math.max(area, 0.01));
  const selfArea = self.areaKm2;

  // Without areas (units read from the national portal) there are no size peers.
  const similarSize = others
    .filter((unit) => unit.type === self.type && unit.areaKm2 !== null && selfArea !== null)
    .map((unit) => ({
      ...unit,
      // Rounded so that exact ties (twice vs half the area) compare equal and fall back to name.
      logAreaDistance:
        Math.round(Math.abs(logArea(unit.areaKm2 ?? 0) - logArea(selfArea ?? 0)) * 1e9) / 1e9,
    }))
    .sort((a, b) => a.logAreaDistance - b.logAreaDistance || compareUnitsByName(a, b))
    .slice(0, count);

  const mine = new Set(splitFormerDistricts(self.formerDistrict));
  const sameDistrict = others
    .map((unit) => ({
      ...unit,
      sharedDistricts: splitFormerDistricts(unit.formerDistrict).filter((name) => mine.has(name)),
    }))
    .filter((unit) => unit.sharedDistricts.length > 0)
    .sort(
      (a, b) =>
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        compareUnitsByName(a, b),
    );
  return { similarSize, sameDistrict };
}
