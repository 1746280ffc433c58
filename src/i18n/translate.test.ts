import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import type { EnglishPlural, Message, TranslationOf } from './plural.ts';
import { createTranslate } from './translate.ts';
import { vi, type MessageKey, type PluralKey } from './vi.ts';

const tVi = createTranslate('vi');
const tEn = createTranslate('en');

describe('plural messages (Intl.PluralRules)', () => {
  it.each([
    [0, '0 units', '0 đơn vị'],
    [1, '1 unit', '1 đơn vị'],
    [2, '2 units', '2 đơn vị'],
    [21, '21 units', '21 đơn vị'],
  ])('count %i: %s / %s', (count, english, vietnamese) => {
    expect(tEn('count.units', { count })).toBe(english);
    expect(tVi('count.units', { count })).toBe(vietnamese);
  });

  it.each([
    [0, 'Up 0 places', 'Tăng 0 bậc'],
    [1, 'Up 1 place', 'Tăng 1 bậc'],
    [2, 'Up 2 places', 'Tăng 2 bậc'],
    [21, 'Up 21 places', 'Tăng 21 bậc'],
  ])('rank change %i: %s / %s', (count, english, vietnamese) => {
    expect(tEn('ranking.change.up', { count })).toBe(english);
    expect(tVi('ranking.change.up', { count })).toBe(vietnamese);
  });

  it.each([
    [0, '0 units ranked by total score', 'Xếp hạng 0 đơn vị theo tổng điểm'],
    [1, '1 unit ranked by total score', 'Xếp hạng 1 đơn vị theo tổng điểm'],
    [2, '2 units ranked by total score', 'Xếp hạng 2 đơn vị theo tổng điểm'],
    [21, '21 units ranked by total score', 'Xếp hạng 21 đơn vị theo tổng điểm'],
  ])('title %i: %s / %s', (count, english, vietnamese) => {
    expect(tEn('ranking.title', { count })).toBe(english);
    expect(tVi('ranking.title', { count })).toBe(vietnamese);
  });

  it('agrees the verb with the count and fills the other params', () => {
    expect(tEn('ranking.unranked', { count: 1 })).toBe(
      '1 unit has no data this month and is not ranked.',
    );
    expect(tEn('ranking.unranked', { count: 21 })).toBe(
      '21 units have no data this month and are not ranked.',
    );
    expect(tEn('ranking.showing', { shown: 1, count: 1 })).toBe('Showing 1 of 1 unit.');
    expect(tVi('ranking.showing', { shown: 3, count: 21 })).toBe('Đang hiển thị 3/21 đơn vị.');
  });

  it('writes the count in the locale’s digits', () => {
    expect(tVi('console.rows', { count: 1052 })).toBe('1.052 dòng');
    expect(tEn('console.rows', { count: 1052 })).toBe('1,052 rows');
    expect(tEn('console.rows', { count: 1 })).toBe('1 row');
  });

  it('nests count phrases in messages with several counts', () => {
    const moves = (t: typeof tEn, counts: readonly [number, number, number, number]) =>
      t('ranking.why.moves', {
        previous: '9/2026',
        overtook: t('ranking.why.overtook', { count: counts[0] }),
        fellBehind: t('ranking.why.fellBehind', { count: counts[1] }),
        newAhead: t('ranking.why.newAhead', { count: counts[2] }),
        goneAhead: t('ranking.why.goneAhead', { count: counts[3] }),
      });
    expect(moves(tEn, [1, 2, 0, 21])).toBe(
      'Since 9/2026: 1 unit moved ahead of it, 2 units are no longer ahead; 0 newly scored units rank ahead, 21 units that were ahead have no data now.',
    );
    expect(moves(tVi, [1, 2, 0, 21])).toBe(
      'So với 9/2026: 1 đơn vị vượt lên trên, 2 đơn vị không còn đứng trên; 0 đơn vị mới có số liệu đứng trên, 21 đơn vị đứng trên đã không còn số liệu.',
    );
  });

  it('leaves plain messages and unknown placeholders as they were', () => {
    expect(tEn('tooltip.rankOf', { rank: 1, count: 1 })).toBe('Rank 1/1');
    expect(tEn('ranking.empty')).toBe('No scores for {month}.');
  });
});

describe('the catalogues', () => {
  const keys = Object.keys(vi) as MessageKey[];
  const pluralKeys = keys.filter((key) => typeof vi[key] !== 'string');

  it('give every Vietnamese plural message one form and every English one `one` and `other`', () => {
    expect(pluralKeys.length).toBeGreaterThan(40);
    for (const key of pluralKeys) {
      expect(Object.keys(vi[key]), key).toEqual(['other']);
      expect(Object.keys(en[key]).sort(), key).toEqual(['one', 'other']);
    }
  });

  const formsOf = (message: Message): string[] =>
    typeof message === 'string'
      ? [message]
      : Object.values(message).filter((form): form is string => typeof form === 'string');

  it('use {count} in every form of a plural message, and keep the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of pluralKeys) {
      const forms = [vi[key], en[key]].flatMap(formsOf);
      for (const form of forms) expect(form, key).toContain('{count}');
      const [first = '', ...rest] = forms;
      for (const form of rest) expect(placeholders(form), key).toEqual(placeholders(first));
    }
  });

  it('are checked by the type checker', () => {
    // A plural message needs its count, and only known keys exist.
    // @ts-expect-error: count missing
    expect(() => tEn('count.units')).not.toThrow();
    // @ts-expect-error: not a key
    expect(() => tEn('count.nothing')).toThrow();
    // English must give both forms of a plural message.
    // @ts-expect-error: `one` missing
    const missing: EnglishPlural = { other: '{count} units' };
    interface Source {
      readonly a: string;
      readonly b: { readonly other: string };
    }
    const complete: TranslationOf<Source> = { a: 'x', b: { one: '1', other: '2' } };
    // @ts-expect-error: `b` missing
    const incomplete: TranslationOf<Source> = { a: 'x' };
    const plural: PluralKey = 'count.units';
    expect([missing, complete, incomplete, plural]).toHaveLength(4);
  });
});
