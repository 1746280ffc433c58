import { describe, expect, it } from 'vitest';
import { estimatedTextWidth } from './text-width.ts';

describe('estimatedTextWidth', () => {
  it('gives diacritics no width, in either Unicode form', () => {
    const plain = estimatedTextWidth('Hai Chau', 11);
    expect(estimatedTextWidth('Hải Châu', 11)).toBeCloseTo(plain, 6);
    expect(estimatedTextWidth('Hải Châu'.normalize('NFD'), 11)).toBeCloseTo(plain, 6);
  });

  it('grows with the text and with the font size', () => {
    expect(estimatedTextWidth('', 11)).toBe(0);
    expect(estimatedTextWidth('12. Ngũ Hành Sơn', 11)).toBeGreaterThan(
      estimatedTextWidth('2. Ngũ Hành Sơn', 11),
    );
    expect(estimatedTextWidth('Đà Nẵng', 22)).toBeCloseTo(2 * estimatedTextWidth('Đà Nẵng', 11));
  });

  it('tells narrow letters from wide ones', () => {
    expect(estimatedTextWidth('iiii', 11)).toBeLessThan(estimatedTextWidth('oooo', 11));
    expect(estimatedTextWidth('oooo', 11)).toBeLessThan(estimatedTextWidth('mmmm', 11));
  });
});
