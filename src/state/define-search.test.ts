import { describe, expect, it } from 'vitest';
import { defineSearch, field, unavailableMonths, unknownCodes } from './define-search.ts';
import { patchSearch } from './route.ts';

const search = defineSearch({
  panel: field.choice(['ranking', 'heatmap'], 'ranking'),
  rate: field.choice(['portal', 'press'], 'portal', { writeDefault: true }),
  type: field.optionalChoice(['xa', 'phuong']),
  month: field.month(),
  code: field.code(),
  units: field.codeList({ max: 2 }),
  bands: field.flag(),
  district: field.text(),
});

const parse = (query: string) => search.parse(new URLSearchParams(query));
/** What the URL becomes after writing `patch` over `query`. */
const written = (query: string, patch: Parameters<typeof search.write>[0]) =>
  patchSearch(query, search.write(patch));

describe('defineSearch', () => {
  it('gives every field its default when the URL has none of them', () => {
    expect(search.names).toEqual([
      'panel',
      'rate',
      'type',
      'month',
      'code',
      'units',
      'bands',
      'district',
    ]);
    expect(parse('')).toEqual({ state: search.defaults, invalid: [] });
    expect(search.defaults).toEqual({
      panel: 'ranking',
      rate: 'portal',
      type: null,
      month: null,
      code: null,
      units: [],
      bands: false,
      district: null,
    });
    // An empty value is no value, not an invalid one.
    expect(parse('month=&type=&district=%20')).toEqual({ state: search.defaults, invalid: [] });
  });

  it('reads valid values and round-trips them through write', () => {
    const query =
      'bands=1&code=20364&district=Huy%E1%BB%87n+H%C3%B2a+Vang&month=2026-05&panel=heatmap&rate=press&type=xa&units=20364%2C20242';
    const { state, invalid } = parse(query);
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      panel: 'heatmap',
      rate: 'press',
      type: 'xa',
      month: '2026-05',
      code: '20364',
      units: ['20364', '20242'],
      bands: true,
      district: 'Huyện Hòa Vang',
    });
    expect(written('', state)).toBe(`?${query}`);
    expect(parse(written('', state)).state).toEqual(state);
  });

  it('reports invalid values with their raw text and uses the default instead', () => {
    const { state, invalid } = parse(
      'panel=pie&rate=x&type=city&month=2026-13&code=2036&units=20364,bad,20242,20333&bands=yes',
    );
    expect(state).toEqual({ ...search.defaults, units: ['20364', '20242'] });
    expect(invalid).toEqual([
      { name: 'panel', raw: 'pie' },
      { name: 'rate', raw: 'x' },
      { name: 'type', raw: 'city' },
      { name: 'month', raw: '2026-13' },
      { name: 'code', raw: '2036' },
      { name: 'units', raw: '20364,bad,20242,20333' },
      { name: 'bands', raw: 'yes' },
    ]);
    // Duplicates are dropped silently: the list means the same.
    expect(parse('units=20364,20364').invalid).toEqual([]);
  });

  it('removes a param written with its default or an empty value, unless told to keep it', () => {
    const full = '?bands=1&code=20364&panel=heatmap&rate=press&type=xa&units=20364';
    expect(
      written(full, {
        panel: 'ranking',
        type: null,
        code: null,
        units: [],
        bands: false,
        district: '',
      }),
    ).toBe('?rate=press');
    expect(written(full, { rate: 'portal' })).toContain('rate=portal');
    // Only the given fields change; undefined ones are left alone.
    expect(written('?month=2025-07', { panel: 'heatmap', month: undefined })).toBe(
      '?month=2025-07&panel=heatmap',
    );
  });

  it('writes only declared params', () => {
    const patch = search.write({ month: '2025-07' });
    expect({ ...patch }).toEqual({ month: '2025-07' });
    // @ts-expect-error: `sort` is not declared by this schema.
    expect({ ...search.write({ sort: 'gain' }) }).toEqual({});
  });
});

describe('unavailableMonths', () => {
  const months = ['2025-07', '2025-08'];
  it('names the month asked for when it is not a month or has no data', () => {
    expect(unavailableMonths(parse('month=2026-13'), ['month'], months)).toEqual([
      { name: 'month', raw: '2026-13' },
    ]);
    expect(unavailableMonths(parse('month=2020-01'), ['month'], months)).toEqual([
      { name: 'month', raw: '2020-01' },
    ]);
    expect(unavailableMonths(parse('month=2025-08'), ['month'], months)).toEqual([]);
    expect(unavailableMonths(parse(''), ['month'], months)).toEqual([]);
    // Not before the months are known.
    expect(unavailableMonths(parse('month=2026-13'), ['month'], undefined)).toEqual([]);
  });
});

describe('unknownCodes', () => {
  const known = ['20364', '20242'];
  it('names each well-formed code that no loaded unit has, in single and list params', () => {
    expect(unknownCodes(parse('code=99999'), ['code'], known)).toEqual([
      { name: 'code', raw: '99999' },
    ]);
    expect(unknownCodes(parse('units=20364,99998'), ['code', 'units'], known)).toEqual([
      { name: 'units', raw: '99998' },
    ]);
    expect(unknownCodes(parse('code=20242&units=20364'), ['code', 'units'], known)).toEqual([]);
    // A malformed code is the schema's invalid param, not an unknown unit.
    expect(unknownCodes(parse('code=12'), ['code'], known)).toEqual([]);
    expect(unknownCodes(parse('code=99999'), ['code'], undefined)).toEqual([]);
  });
});
