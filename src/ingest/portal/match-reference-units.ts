import type { UnitType } from '../../data/schema.ts';
import type { ImportedUnit } from './portal-import-types.ts';
import { looseNameKey, strictNameKey } from './unit-name-key.ts';

/** A unit of the reference list (`data/units.csv`, or a units file the user loaded). */
export interface ReferenceUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly province: string | null;
}

/** How a portal unit found its reference unit, or why it did not. */
export type UnitMatch =
  | {
      readonly status: 'matched';
      readonly code: string;
      readonly by: 'name' | 'name-without-marks';
    }
  | {
      readonly status: 'unmatched';
      readonly reason: 'no-such-name' | 'ambiguous' | 'other-province';
    }
  | { readonly status: 'agency' };

export interface MatchTableRow {
  readonly departmentId: string;
  readonly portalCode: string | null;
  readonly portalName: string;
  readonly match: UnitMatch;
  /** The reference unit's name, when matched. */
  readonly referenceName: string | null;
}

export interface UnitMatching {
  readonly rows: readonly MatchTableRow[];
  /** Reference units no portal unit matched: shown as "no score", never dropped. */
  readonly withoutScore: readonly ReferenceUnit[];
}

function sameProvince(reference: ReferenceUnit, province: string | null): boolean {
  return (
    reference.province === null ||
    province === null ||
    looseNameKey(reference.province) === looseNameKey(province)
  );
}

/**
 * Matches the communes of a portal file to the reference units of their province by name and
 * type: first by the strict key (tone placement, case, spacing), then, for what is left, by the
 * name without marks when that is unambiguous on both sides. One reference unit is matched at
 * most once; agencies are never matched (they are not communes).
 */
export function matchReferenceUnits(
  units: readonly ImportedUnit[],
  references: readonly ReferenceUnit[],
): UnitMatching {
  const used = new Set<string>();
  const rows = new Map<string, MatchTableRow>();
  const row = (unit: ImportedUnit, match: UnitMatch, reference?: ReferenceUnit): MatchTableRow => ({
    departmentId: unit.departmentId,
    portalCode: unit.portalCode,
    portalName: unit.rawName,
    match,
    referenceName: reference?.name ?? null,
  });
  const communes = units.filter((unit) => unit.kind === 'commune');
  for (const unit of units)
    if (unit.kind === 'agency') rows.set(unit.departmentId, row(unit, { status: 'agency' }));
  for (const [by, key] of [
    ['name', strictNameKey],
    ['name-without-marks', looseNameKey],
  ] as const) {
    const pending = communes.filter((unit) => !rows.has(unit.departmentId));
    // Every reference unit of the same name counts, matched or not: "Hoa An" is ambiguous when
    // both "Hòa An" and "Hóa An" exist, even if one of them has already found its unit.
    const candidates = (unit: ImportedUnit) =>
      references.filter(
        (reference) =>
          sameProvince(reference, unit.province) &&
          (unit.type === null || reference.type === unit.type) &&
          key(reference.name) === key(unit.name),
      );
    for (const unit of pending) {
      const found = candidates(unit);
      const rivals = pending.filter((other) => key(other.name) === key(unit.name));
      const [only] = found;
      if (found.length === 1 && only !== undefined && !used.has(only.code) && rivals.length === 1) {
        used.add(only.code);
        rows.set(unit.departmentId, row(unit, { status: 'matched', code: only.code, by }, only));
      } else if (found.length > 1 || (found.length === 1 && rivals.length > 1)) {
        rows.set(unit.departmentId, row(unit, { status: 'unmatched', reason: 'ambiguous' }));
      }
    }
  }
  for (const unit of communes) {
    if (rows.has(unit.departmentId)) continue;
    const elsewhere = references.some(
      (reference) =>
        looseNameKey(reference.name) === looseNameKey(unit.name) &&
        !sameProvince(reference, unit.province),
    );
    rows.set(
      unit.departmentId,
      row(unit, { status: 'unmatched', reason: elsewhere ? 'other-province' : 'no-such-name' }),
    );
  }
  const provinces = new Set(communes.map((unit) => unit.province).filter((p) => p !== null));
  const withoutScore = references.filter(
    (reference) =>
      !used.has(reference.code) &&
      (provinces.size === 0 ||
        [...provinces].some((province) => sameProvince(reference, province))),
  );
  return {
    rows: units.map((unit) => rows.get(unit.departmentId)).filter((r) => r !== undefined),
    withoutScore,
  };
}
