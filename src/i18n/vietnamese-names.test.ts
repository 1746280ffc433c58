import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFormerDistricts } from '../data/former-districts.ts';
import { parseCsv } from '../data/parse-csv.ts';
import {
  formatFormerDistrict,
  formerDistrictParts,
  splitNames,
  type NamePart,
} from './vietnamese-names.ts';

const names = (parts: readonly NamePart[]) =>
  parts.filter((part) => part.vietnamese).map((part) => part.text);

describe('formatFormerDistrict', () => {
  it.each([
    ['Huyện Núi Thành, tỉnh Quảng Nam', 'Núi Thành district, Quảng Nam province'],
    ['huyện Núi Thành cũ', 'former Núi Thành district'],
    ['Quận Hải Châu, TP Đà Nẵng cũ', 'Hải Châu district, former Đà Nẵng city'],
    ['quận Sơn Trà', 'Sơn Trà district'],
    ['Thị xã Điện Bàn, tỉnh Quảng Nam', 'Điện Bàn town, Quảng Nam province'],
    ['thị xã Điện Bàn cũ', 'former Điện Bàn town'],
    ['Thành phố Hội An, tỉnh Quảng Nam', 'Hội An city, Quảng Nam province'],
    ['thành phố Tam Kỳ cũ', 'former Tam Kỳ city'],
    ['TP Đà Nẵng cũ', 'former Đà Nẵng city'],
    ['TP. Đà Nẵng', 'Đà Nẵng city'],
    ['Huyện Phú Ninh, tỉnh Quảng Nam cũ', 'Phú Ninh district, former Quảng Nam province'],
    ['Hoàng Sa', 'Hoàng Sa'],
    ['Hòa Vang cũ', 'former Hòa Vang'],
    ['  Huyện   Hòa Vang ,  TP Đà Nẵng cũ ', 'Hòa Vang district, former Đà Nẵng city'],
  ])('%s → %s', (district, english) => {
    expect(formatFormerDistrict(district, 'en')).toBe(english);
  });

  it('keeps the Vietnamese as written', () => {
    expect(formatFormerDistrict('Quận Hải Châu, TP Đà Nẵng cũ', 'vi')).toBe(
      'Quận Hải Châu, TP Đà Nẵng cũ',
    );
    expect(formerDistrictParts('Huyện Núi Thành', 'vi')).toEqual([
      { text: 'Huyện Núi Thành', vietnamese: true },
    ]);
    expect(formerDistrictParts(' ', 'en')).toEqual([]);
  });

  it('marks only the names as Vietnamese', () => {
    expect(formerDistrictParts('Quận Hải Châu, TP Đà Nẵng cũ', 'en')).toEqual([
      { text: 'Hải Châu', vietnamese: true },
      { text: ' district', vietnamese: false },
      { text: ', ', vietnamese: false },
      { text: 'former ', vietnamese: false },
      { text: 'Đà Nẵng', vietnamese: true },
      { text: ' city', vietnamese: false },
    ]);
  });

  it('reads a decomposed (NFD) name like a composed one', () => {
    expect(formatFormerDistrict('Huyện Núi Thành'.normalize('NFD'), 'en')).toBe(
      'Núi Thành district',
    );
  });

  // Every former district of the sample units: English leaves no Vietnamese word but the names.
  const units = parseCsv(readFileSync(new URL('../../data/units.csv', import.meta.url), 'utf8'));
  const column = units.header.indexOf('former_district');
  const districts = [
    ...new Set(
      units.records.flatMap((record) => splitFormerDistricts(record.values[column] ?? '')),
    ),
  ].sort();

  it('knows the sample’s former districts', () => {
    expect(districts.length).toBeGreaterThanOrEqual(20);
    expect(districts).toContain('Huyện Núi Thành, tỉnh Quảng Nam');
  });

  it.each(districts)('%s', (district) => {
    const parts = formerDistrictParts(district, 'en');
    const english = parts
      .filter((part) => !part.vietnamese)
      .map((part) => part.text)
      .join('');
    expect(english).toMatch(/^[a-z ,]*$/);
    expect(english).not.toMatch(/huyện|quận|thị xã|thành phố|TP|tỉnh|cũ/iu);
    for (const name of names(parts)) {
      expect(district).toContain(name);
      expect(name).not.toMatch(/^(huyện|quận|thị|thành|tp|tỉnh)\s|\scũ$/iu);
    }
    expect(formatFormerDistrict(district, 'en')).toMatch(/ (district|town|city|province)(,|$)/);
  });
});

describe('splitNames', () => {
  it('marks each name, the longest first and whole words only', () => {
    expect(
      splitNames('Hội An Tây leads; Hội An trails; Hội Anh is no name.', ['Hội An', 'Hội An Tây']),
    ).toEqual([
      { text: 'Hội An Tây', vietnamese: true },
      { text: ' leads; ', vietnamese: false },
      { text: 'Hội An', vietnamese: true },
      { text: ' trails; Hội Anh is no name.', vietnamese: false },
    ]);
  });

  it('returns the text whole when no name is given or found', () => {
    expect(splitNames('No name here.', ['Chiên Đàn'])).toEqual([
      { text: 'No name here.', vietnamese: false },
    ]);
    expect(splitNames('Chiên Đàn', [])).toEqual([{ text: 'Chiên Đàn', vietnamese: false }]);
    expect(splitNames('', ['Chiên Đàn'])).toEqual([]);
  });

  it('escapes names and matches composed and decomposed text', () => {
    expect(names(splitNames('abc, a.c (b)', ['a.c', '(b)']))).toEqual(['a.c', '(b)']);
    expect(names(splitNames('x Chiên Đàn.', ['Chiên Đàn'.normalize('NFD')]))).toEqual([
      'Chiên Đàn',
    ]);
  });
});
