import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_GROUPS } from '../../src/data/index-groups.ts';

/**
 * National-scale upload files, generated on demand (never committed): a units file of `units`
 * communes and an index-scores file of `rows` daily snapshots, `units` rows per day from
 * 2025-01-01, every row valid (groups within their maximum, `total` their exact sum).
 */
export interface LargeUpload {
  readonly unitsPath: string;
  readonly scoresPath: string;
  readonly units: number;
  readonly rows: number;
  readonly bytes: number;
  /** The first and last snapshot month, `YYYY-MM`. */
  readonly firstMonth: string;
  readonly lastMonth: string;
}

export const NATIONAL_UNITS = 3321;
const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 1);

export const unitCode = (index: number): string => String(10_000 + index);
export const unitName = (index: number): string => `Đơn vị số ${String(index + 1)}`;

/** Hundredths as a decimal string: exact, and far faster than `toFixed` for millions of values. */
const hundredths = (value: number): string =>
  `${String(Math.floor(value / 100))}.${String(value % 100).padStart(2, '0')}`;

/** The score line of unit `unit` on day `day` (deterministic, no randomness between runs). */
export function scoreLine(unit: number, day: number): string {
  const date = new Date(START + day * DAY_MS).toISOString().slice(0, 10);
  let total = 0;
  const groups = INDEX_GROUPS.map((group, index) => {
    const max = group.max * 100;
    const value = (unit * (7 + 2 * index) + day * (3 + index) + index * 131) % (max + 1);
    total += value;
    return hundredths(value);
  });
  return `${unitCode(unit)},${date},month,${date.slice(0, 7)},${groups.join(',')},${hundredths(total)}`;
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  let buffer: string[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const text = `${buffer.join('\n')}\n`;
    buffer = [];
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length >= 20_000) await flush();
  }
  await flush();
  await new Promise<void>((resolve, reject) => {
    out.end((error?: Error | null) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

function* unitLines(units: number): Generator<string> {
  yield 'code,name,type,former_district,area_km2,population,population_source';
  for (let unit = 0; unit < units; unit += 1) {
    const type = unit % 3 === 0 ? 'phuong' : 'xa';
    const area = hundredths(500 + ((unit * 37) % 20_000));
    yield `${unitCode(unit)},${unitName(unit)},${type},"Huyện ${String(1 + (unit % 700))} cũ, Tỉnh ${String(1 + (unit % 34))} cũ",${area},,`;
  }
}

function* scoreLines(rows: number, units: number): Generator<string> {
  yield `code,snapshot_date,period_type,period,${INDEX_GROUPS.map((group) => group.key).join(',')},total`;
  for (let row = 0; row < rows; row += 1) yield scoreLine(row % units, Math.floor(row / units));
}

export async function writeLargeUpload(
  dir: string,
  rows: number,
  units = NATIONAL_UNITS,
): Promise<LargeUpload> {
  const unitsPath = path.join(dir, `units-${String(units)}.csv`);
  const scoresPath = path.join(dir, `index-scores-${String(rows)}.csv`);
  await writeLines(unitsPath, unitLines(units));
  await writeLines(scoresPath, scoreLines(rows, units));
  const lastDay = Math.floor((rows - 1) / units);
  const month = (day: number) => new Date(START + day * DAY_MS).toISOString().slice(0, 7);
  return {
    unitsPath,
    scoresPath,
    units,
    rows,
    bytes: (await stat(scoresPath)).size,
    firstMonth: month(0),
    lastMonth: month(lastDay),
  };
}
