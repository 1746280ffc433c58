import { describe, expect, it } from 'vitest';
import { parseChoice, parseCode, parseList, parseMonth } from './define-search.ts';
import { COMMUNE_SEARCH } from './page-search.ts';
import { globalParams, nextSearch, parseLocale, parseView, patchSearch } from './route.ts';

const params = (search: string) => new URLSearchParams(search);

describe('route parsing', () => {
  it('defaults to Vietnamese and the ranking page', () => {
    expect(parseLocale(params(''))).toBe('vi');
    expect(parseView(params(''))).toBe('ranking');
    expect(parseLocale(params('lang=en'))).toBe('en');
    expect(parseLocale(params('lang=fr'))).toBe('vi');
    expect(parseView(params('view=commune'))).toBe('commune');
    expect(parseView(params('view=<script>'))).toBe('ranking');
  });

  it('accepts only well-formed months and codes', () => {
    expect(parseMonth('2025-07')).toBe('2025-07');
    expect(parseMonth('2025-13')).toBeNull();
    expect(parseMonth('2025-7')).toBeNull();
    expect(parseCode('00004')).toBe('00004');
    expect(parseCode('4')).toBeNull();
    expect(parseCode("20242' OR 1=1")).toBeNull();
  });

  it('parses closed choices and lists', () => {
    expect(parseChoice('desc', ['asc', 'desc'], 'asc')).toBe('desc');
    expect(parseChoice('drop', ['asc', 'desc'], 'asc')).toBe('asc');
    expect(parseList('20242,x,20242,00004', (item) => parseCode(item) !== null)).toEqual([
      '20242',
      '00004',
    ]);
    expect(parseList(null, () => true)).toEqual([]);
  });

  it('patches a query string, deleting nulls, in a stable order', () => {
    expect(patchSearch('?lang=en', { month: '2025-07' })).toBe('?lang=en&month=2025-07');
    expect(patchSearch('?month=2025-07&lang=en', { month: null })).toBe('?lang=en');
    expect(patchSearch('?lang=en', { lang: null })).toBe('');
  });

  it('keeps only the global params, which are all a link to another page depends on', () => {
    expect(globalParams('?view=ranking&month=2026-07&type=phuong&lang=en')).toBe(
      '?lang=en&view=ranking',
    );
    expect(globalParams('?month=2026-07')).toBe('');
    // Two addresses with the same global params give a link to a profile the same href.
    const target = COMMUNE_SEARCH.to({ code: '20242' });
    for (const [a, b] of [
      ['?view=ranking&month=2026-07&lang=en', '?lang=en&view=ranking&month=2026-10&sort=name'],
      ['?month=2026-07', '?type=xa'],
    ] as const) {
      expect(globalParams(a)).toBe(globalParams(b));
      expect(nextSearch(a, target)).toBe(nextSearch(b, target));
    }
  });
});
