import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesFolded } from './fold-vietnamese.ts';

describe('foldVietnamese', () => {
  it.each([
    ['Chiên Đàn', 'chien dan'],
    ['chien dan', 'chien dan'],
    ['CHIÊN   ĐÀN', 'chien dan'],
    ['Hòa Vang', 'hoa vang'],
    ['Hoà Vang', 'hoa vang'],
    ['Điện Bàn Đông', 'dien ban dong'],
    ['Quế Sơn Trung', 'que son trung'],
    ['  Ngũ Hành Sơn ', 'ngu hanh son'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('folds both tone placements of "Hòa" to the same text though NFC keeps them apart', () => {
    const oldStyle = 'H\u00f2a'; // ò + a
    const newStyle = 'Ho\u00e0'; // o + à
    expect(oldStyle.normalize('NFC')).not.toBe(newStyle.normalize('NFC'));
    expect(foldVietnamese(oldStyle)).toBe(foldVietnamese(newStyle));
  });
});

describe('matchesFolded', () => {
  const name = foldVietnamese('Chiên Đàn');
  it('finds a unit whatever the user types', () => {
    for (const query of ['chien dan', 'Chiên Đàn', 'CHIEN', 'dan', 'chi d', 'Chien Dan']) {
      expect(matchesFolded(name, foldVietnamese(query))).toBe(true);
    }
  });
  it('rejects words that are not there', () => {
    expect(matchesFolded(name, foldVietnamese('hoa'))).toBe(false);
    expect(matchesFolded(name, foldVietnamese('chien xa'))).toBe(false);
  });
  it('matches every unit on an empty query', () => {
    expect(matchesFolded(name, '')).toBe(true);
  });
});
