import { INDEX_GROUPS } from '../../src/data/index-groups.ts';
import { createRng, type Rng } from '../sample/random.ts';

/**
 * The national-scale data set of the bench, generated the same way in the page and in Node (pure
 * code, seeded, integer arithmetic only, so both sides produce the same bytes): 3,321 units with
 * 5-digit codes across 34 provinces, and one index-scores row per unit and day for 365 days of
 * 2025, each day a snapshot of its month (`period_type` month, `period` the day's month). Scores
 * are hundredths that drift day by day within each group's maximum; `total` is their exact sum.
 */
export const NATIONAL_UNITS = 3321;
export const NATIONAL_DAYS = 365;
export const NATIONAL_SEED = 20_251_231;
export const NATIONAL_ROWS = NATIONAL_UNITS * NATIONAL_DAYS;

const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const LINES_PER_CHUNK = 16_384;
const PROVINCES = 34;

export const SCORE_COLUMNS = [
  'code',
  'snapshot_date',
  'period_type',
  'period',
  ...INDEX_GROUPS.map((group) => group.key),
  'total',
] as const;

export const UNIT_COLUMNS = [
  'code',
  'name',
  'type',
  'former_district',
  'area_km2',
  'population',
  'province',
] as const;

// prettier-ignore
const SYLLABLES = [
  'An', 'Bình', 'Cẩm', 'Đông', 'Hòa', 'Hải', 'Lạc', 'Long', 'Minh', 'Nam', 'Phú', 'Phước',
  'Quang', 'Sơn', 'Tân', 'Thạnh', 'Thanh', 'Thuận', 'Trung', 'Vĩnh', 'Xuân', 'Yên', 'Đại',
  'Điện', 'Hương', 'Kim', 'Lộc', 'Mỹ', 'Ngọc', 'Phong', 'Quế', 'Tam', 'Thăng', 'Tiên', 'Trà',
  'Vân', 'Đức', 'Hưng', 'Nghĩa', 'Ea',
];

/** The code of unit `index`: 5 digits, many with leading zeros (`00001`, `00008`, …). */
export const nationalUnitCode = (index: number): string => String(1 + index * 7).padStart(5, '0');

/** Hundredths as a decimal string: exact, and far faster than `toFixed` for millions of values. */
const hundredths = (value: number): string =>
  `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;

const pick = (rng: Rng, items: readonly string[]): string =>
  items[Math.floor(rng.next() * items.length)] ?? '';

/** The units file (about 0.3 MB). */
export function nationalUnitsCsv(seed = NATIONAL_SEED): string {
  const rng = createRng(seed);
  const lines: string[] = [UNIT_COLUMNS.join(',')];
  for (let unit = 0; unit < NATIONAL_UNITS; unit += 1) {
    const phuong = rng.next() < 0.2;
    const name = `${phuong ? 'Phường' : 'Xã'} ${pick(rng, SYLLABLES)} ${pick(rng, SYLLABLES)}`;
    const province = 1 + (unit % PROVINCES);
    const district = `"Huyện ${String(1 + Math.floor(rng.next() * 20))} cũ, Tỉnh ${String(province)}"`;
    const area = hundredths(500 + Math.floor(rng.next() * 30_000));
    const population = String(3_000 + Math.floor(rng.next() * 60_000));
    lines.push(
      [
        nationalUnitCode(unit),
        name,
        phuong ? 'phuong' : 'xa',
        district,
        area,
        population,
        `Tỉnh ${String(province)}`,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A day's snapshot date, `YYYY-MM-DD` (day 0 is 2025-01-01). */
export const nationalDay = (day: number): string =>
  new Date(START + day * DAY_MS).toISOString().slice(0, 10);

/**
 * The index-scores file as text chunks of 16,384 lines (about 1 MB each; 80 MB in all), day by
 * day, every unit each day. Every row is valid: each group within its maximum, `total` its sum.
 */
export function* nationalScoreChunks(seed = NATIONAL_SEED): Generator<string> {
  const rng = createRng(seed + 1);
  const maxima = INDEX_GROUPS.map((group) => group.max * 100);
  // Each unit has a level; each group drifts around it by at most 1 % of its maximum a day.
  const state = new Int32Array(NATIONAL_UNITS * maxima.length);
  for (let unit = 0; unit < NATIONAL_UNITS; unit += 1) {
    const level = 0.45 + 0.5 * rng.next();
    for (const [group, max] of maxima.entries()) {
      const share = Math.min(1, Math.max(0, level + (rng.next() - 0.5) * 0.3));
      state[unit * maxima.length + group] = Math.round(max * share);
    }
  }
  let lines: string[] = [SCORE_COLUMNS.join(',')];
  for (let day = 0; day < NATIONAL_DAYS; day += 1) {
    const date = nationalDay(day);
    const prefix = `,${date},month,${date.slice(0, 7)},`;
    for (let unit = 0; unit < NATIONAL_UNITS; unit += 1) {
      let total = 0;
      const values: string[] = [];
      for (const [group, max] of maxima.entries()) {
        const at = unit * maxima.length + group;
        const step = Math.round((rng.next() + rng.next() - 1) * max * 0.01);
        const value = Math.min(max, Math.max(0, (state[at] ?? 0) + step));
        state[at] = value;
        total += value;
        values.push(hundredths(value));
      }
      lines.push(`${nationalUnitCode(unit)}${prefix}${values.join(',')},${hundredths(total)}`);
      if (lines.length === LINES_PER_CHUNK) {
        yield `${lines.join('\n')}\n`;
        lines = [];
      }
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/** FNV-1a over the UTF-16 code units of several chunks, as if they were one text. */
export function createTextHash(): { update(text: string): void; digest(): string } {
  let hash = 0x811c9dc5;
  let length = 0;
  return {
    update(text) {
      for (let i = 0; i < text.length; i += 1) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
      }
      length += text.length;
    },
    digest: () => `${(hash >>> 0).toString(16).padStart(8, '0')}:${String(length)}`,
  };
}
