import { describe, expect, it } from 'vitest';
import { lastDayOfMonth, monthNumberOf, monthSequence, SAMPLE_MONTHS } from './months.ts';

describe('months', () => {
  it('covers 2025-07 to 2026-10', () => {
    expect(SAMPLE_MONTHS).toHaveLength(16);
    expect(SAMPLE_MONTHS[0]).toBe('2025-07');
    expect(SAMPLE_MONTHS[5]).toBe('2025-12');
    expect(SAMPLE_MONTHS[6]).toBe('2026-01');
    expect(SAMPLE_MONTHS.at(-1)).toBe('2026-10');
  });

  it('snapshots on the last day of the month', () => {
    expect(lastDayOfMonth('2025-07')).toBe('2025-07-31');
    expect(lastDayOfMonth('2025-09')).toBe('2025-09-30');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
  });

  it('rejects malformed months', () => {
    expect(() => monthSequence('2025-13', 2)).toThrow(/YYYY-MM/);
    expect(() => monthNumberOf('2025-7')).toThrow(/YYYY-MM/);
  });
});
