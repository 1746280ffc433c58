import { describe, expect, it } from 'vitest';
import { createFormat } from './format.ts';
import { createTranslate } from './translate.ts';

describe('createFormat', () => {
  const vi = createFormat('vi');
  const en = createFormat('en');

  it('uses a dot for thousands and a comma for decimals in vi-VN', () => {
    expect(vi.integer(1052)).toBe('1.052');
    expect(vi.decimal(86.25)).toBe('86,25');
    expect(vi.decimal(7, 1)).toBe('7,0');
    expect(en.integer(1052)).toBe('1,052');
    expect(en.decimal(86.25)).toBe('86.25');
  });

  it('gives a figure formatted again the same text as Intl, whatever was formatted before', () => {
    const fresh = createFormat('vi');
    const intl = (value: number, digits: number) =>
      new Intl.NumberFormat('vi-VN', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    const values = [86.25, 7, 0, -0, -3.456, 1052.5, 86.25, 0, -0, 7];
    for (const digits of [2, 1, 0, 2]) {
      for (const value of values) expect(fresh.decimal(value, digits)).toBe(intl(value, digits));
    }
    expect(fresh.decimal(-0)).not.toBe(fresh.decimal(0));
  });

  it('formats the press and portal on-time rates of Nguyệt Ấn as printed', () => {
    expect(vi.percent(1914 / (1914 + 42))).toBe('97,85 %');
    expect(vi.percent((1914 + 133) / 2089)).toBe('97,99 %');
    expect(en.percent(1914 / (1914 + 42))).toBe('97.85%');
  });

  it('shows a dash, never NaN or Infinity, for an undefined rate', () => {
    expect(vi.percent(null)).toBe('—');
    expect(vi.percent(0 / 0)).toBe('—');
    expect(vi.percent(1 / 0)).toBe('—');
  });

  it('formats months and dates', () => {
    expect(vi.month('2026-10')).toBe('Tháng 10/2026');
    expect(en.month('2026-10')).toBe('October 2026');
    expect(vi.date('2025-07-31')).toBe('31/07/2025');
    expect(en.date('2025-07-31')).toBe('31 Jul 2025');
    // Tests run with TZ=Asia/Ho_Chi_Minh (UTC+7).
    expect(vi.dateTime('2026-12-01T07:32:00.000Z')).toBe('14:32 01/12/2026');
    expect(en.dateTime('2026-12-01T07:32:00.000Z')).toBe('01/12/2026, 14:32');
    expect(vi.dateTime('not a time')).toBe('not a time');
    expect(vi.month('garbage')).toBe('garbage');
  });
});

describe('createTranslate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslate('vi');
    expect(t('tooltip.rankOf', { rank: 3, count: 94 })).toBe('Hạng 3/94');
    expect(t('tooltip.rankOf', { rank: 3 })).toBe('Hạng 3/{count}');
  });
  it('has an English text for every key', () => {
    expect(createTranslate('en')('sample.notice')).toBe('Sample data (synthetic)');
  });
});
