import { parseCsv } from '../../src/data/parse-csv.ts';

export type UnitType = 'xa' | 'phuong' | 'dac_khu';

/** The columns of `data/units.csv` the generator uses; population is deliberately left out. */
export interface SampleUnit {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistricts: readonly string[];
  readonly areaKm2: number;
}

const REQUIRED_COLUMNS = ['code', 'name', 'type', 'former_district', 'area_km2'] as const;
const UNIT_TYPES: readonly string[] = ['xa', 'phuong', 'dac_khu'];

/** Parses the units file, failing loudly: the generator must not run on a broken list. */
export function parseUnits(text: string): SampleUnit[] {
  const parsed = parseCsv(text);
  const firstError = parsed.errors[0];
  if (firstError)
    throw new Error(`units.csv line ${String(firstError.line)}: ${firstError.reason}`);
  const columnIndex = Object.fromEntries(
    REQUIRED_COLUMNS.map((name) => {
      const index = parsed.header.indexOf(name);
      if (index < 0) throw new Error(`units.csv has no "${name}" column`);
      return [name, index];
    }),
  ) as Record<(typeof REQUIRED_COLUMNS)[number], number>;

  return parsed.records.map(({ line, values }) => {
    const cell = (name: (typeof REQUIRED_COLUMNS)[number]): string =>
      (values[columnIndex[name]] ?? '').trim();
    const fail = (reason: string): never => {
      throw new Error(`units.csv line ${String(line)}: ${reason}`);
    };
    const code = cell('code');
    const type = cell('type');
    const areaKm2 = Number(cell('area_km2'));
    if (!/^\d{5}$/.test(code)) fail(`code "${code}" is not 5 digits`);
    if (!isUnitType(type)) return fail(`unknown type "${type}"`);
    if (!Number.isFinite(areaKm2) || areaKm2 <= 0) fail(`bad area "${cell('area_km2')}"`);
    return {
      code,
      name: cell('name'),
      type,
      formerDistricts: cell('former_district')
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
      areaKm2,
    };
  });
}

function isUnitType(value: string): value is UnitType {
  return UNIT_TYPES.includes(value);
}
