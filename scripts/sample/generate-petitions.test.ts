import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { petitionsReceived } from './check-sample.ts';
import { generatePetitions, MEETING_ROUNDS, PETITION_TOPICS } from './generate-petitions.ts';
import { SAMPLE_MONTHS } from './months.ts';
import { parseUnits } from './parse-units.ts';
import { CHIEN_DAN } from './published-facts.ts';
import { createDatasetRng } from './random.ts';

const units = parseUnits(readFileSync(new URL('../../data/units.csv', import.meta.url), 'utf8'));
const petitions = generatePetitions(units, createDatasetRng('petitions'));
const hoangSa = units.find((unit) => unit.type === 'dac_khu');

describe('generatePetitions', () => {
  it('is deterministic for a seed', () => {
    expect(generatePetitions(units, createDatasetRng('petitions'))).toEqual(petitions);
  });

  it('has one row per unit, month and topic, topics in order', () => {
    expect(petitions).toHaveLength(94 * 16 * 8);
    expect(petitions.slice(0, 8).map((row) => row.topic)).toEqual(PETITION_TOPICS);
    expect(petitions.slice(0, 8).every((row) => row.month === SAMPLE_MONTHS[0])).toBe(true);
  });

  it('keeps received = on the spot + later + transferred + pending on every row', () => {
    for (const row of petitions) {
      expect(row.received).toBe(
        row.answeredOnSpot + row.answeredLater + row.transferred + row.pending,
      );
      for (const value of [row.answeredOnSpot, row.answeredLater, row.transferred, row.pending]) {
        expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
      }
    }
  });

  it('gives Chiên Đàn 119 petitions in 2025-07 (published)', () => {
    expect(petitionsReceived(petitions, CHIEN_DAN.code, CHIEN_DAN.petitionsMonth)).toBe(119);
  });

  it('has zeros for Hoàng Sa', () => {
    expect(petitions.filter((row) => row.code === hoangSa?.code && row.received > 0)).toEqual([]);
  });

  it('has a unit with no petitions in a whole meeting month', () => {
    const meetingMonths = MEETING_ROUNDS.flatMap((round) => round.months);
    const empty = units.some(
      (unit) =>
        unit.code !== hoangSa?.code &&
        meetingMonths.some((month) => petitionsReceived(petitions, unit.code, month) === 0),
    );
    expect(empty).toBe(true);
  });

  it('concentrates in meeting months, led by land and infrastructure, older ones settled', () => {
    const meetingMonths = new Set(MEETING_ROUNDS.flatMap((round) => round.months));
    const total = (filter: (month: string) => boolean): number =>
      petitions.filter((row) => filter(row.month)).reduce((sum, row) => sum + row.received, 0);
    expect(total((month) => meetingMonths.has(month))).toBeGreaterThan(
      10 * total((month) => !meetingMonths.has(month)),
    );
    const byTopic = PETITION_TOPICS.map((topic) =>
      petitions.filter((row) => row.topic === topic).reduce((sum, row) => sum + row.received, 0),
    );
    const [land = 0, infrastructure = 0, ...rest] = byTopic;
    expect(Math.min(land, infrastructure)).toBeGreaterThan(Math.max(...rest));
    const pendingShare = (month: string): number => {
      const rows = petitions.filter((row) => row.month === month);
      return (
        rows.reduce((sum, row) => sum + row.pending, 0) /
        rows.reduce((sum, row) => sum + row.received, 0)
      );
    };
    expect(pendingShare('2025-07')).toBeLessThan(pendingShare('2026-07'));
  });
});
