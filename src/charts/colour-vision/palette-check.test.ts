import { describe, expect, it } from 'vitest';
import { worstPairs } from './palette-check.ts';
import { VISIONS } from './simulate-cvd.ts';

describe('worstPairs', () => {
  it('names the closest two colours for each kind of vision', () => {
    const pairs = worstPairs([
      ['black', '#000000'],
      ['white', '#ffffff'],
      ['near black', '#111111'],
    ]);
    expect(pairs.map((pair) => pair.vision)).toEqual(VISIONS);
    for (const pair of pairs) {
      expect(pair).toMatchObject({ first: 'black', second: 'near black' });
      expect(pair.deltaE).toBeGreaterThan(0);
    }
  });

  it('finds a red–green clash only a dichromat sees', () => {
    const [normal, protan] = worstPairs([
      ['green', '#116329'],
      ['red', '#cf222e'],
    ]);
    expect(normal?.deltaE).toBeGreaterThan(30);
    expect(protan?.deltaE).toBeLessThan(5);
  });

  it('compares colours with their backgrounds, not backgrounds with each other', () => {
    const [normal] = worstPairs(
      [['blue', '#0072b2']],
      [
        ['white', '#ffffff'],
        ['almost white', '#fefefe'],
      ],
    );
    expect(normal?.second).toMatch(/white/);
    expect(normal?.deltaE).toBeGreaterThan(30);
  });

  it('has nothing to compare for a single colour on no background', () => {
    expect(worstPairs([['one', '#123456']])).toEqual([]);
  });
});
