import { describe, expect, it } from 'vitest';
import { worstPairs, type NamedColour } from './colour-vision/palette-check.ts';
import { VISIONS } from './colour-vision/simulate-cvd.ts';
import { PALETTES, type CategoricalPalette } from './palette-registry.ts';

/** Issue 12: every pair of series colours, and each against its background, this far apart. */
const MIN_DELTA_E = 10;

/** One line per vision whose closest pair is too close, naming the pair and its ΔE2000. */
function failures(palette: Pick<CategoricalPalette, 'colours' | 'backgrounds'>): string[] {
  return worstPairs(palette.colours, palette.backgrounds)
    .filter((pair) => pair.deltaE < MIN_DELTA_E)
    .map(
      (pair) =>
        `${pair.vision}: "${pair.first}" and "${pair.second}" are ΔE2000 ${pair.deltaE.toFixed(1)} apart (< ${String(MIN_DELTA_E)})`,
    );
}

describe('categorical palettes (issue 12)', () => {
  it.each(PALETTES.map((palette) => [palette.id, palette] as const))(
    '%s: every pair ≥ 10 ΔE2000 apart, normally and for protan, deutan and tritan readers',
    (id, palette) => {
      expect(palette.colours.length).toBeGreaterThan(1);
      const found = failures(palette);
      expect(found, `${id}, worst pairs:\n${found.join('\n')}`).toEqual([]);
    },
  );

  it('has unique ids and checks all four kinds of vision', () => {
    expect(new Set(PALETTES.map((palette) => palette.id)).size).toBe(PALETTES.length);
    expect(worstPairs(PALETTES[0]?.colours ?? []).map((pair) => pair.vision)).toEqual(VISIONS);
  });
});

describe('the check itself', () => {
  // The palettes issue 12 reported, as they were: the same check must reject them.
  const before: Readonly<Record<string, readonly NamedColour[]>> = {
    'dossier outcomes': [
      ['trước hạn', '#116329'],
      ['đúng hạn', '#4ac26b'],
      ['trễ hạn', '#cf222e'],
      ['trong hạn', '#54aeff'],
      ['quá hạn', '#fb8f44'],
    ],
    'petition topics': [
      ['Đất đai', '#E69F00'],
      ['Hạ tầng', '#56B4E9'],
      ['Chính sách', '#009E73'],
      ['Y tế', '#CC79A7'],
      ['Giáo dục', '#0072B2'],
      ['Môi trường', '#6b8e23'],
      ['Kinh tế', '#D55E00'],
      ['Khác', '#8c959f'],
    ],
  };

  it('rejects the old dossier outcomes, naming early and late under protanopia', () => {
    const found = failures({ colours: before['dossier outcomes'] ?? [], backgrounds: [] });
    expect(found).toContain('protanopia: "trước hạn" and "trễ hạn" are ΔE2000 4.2 apart (< 10)');
  });

  it('rejects the old petition topics, naming health and other under deuteranopia', () => {
    const found = failures({ colours: before['petition topics'] ?? [], backgrounds: [] });
    expect(found).toContain('deuteranopia: "Y tế" and "Khác" are ΔE2000 1.8 apart (< 10)');
  });
});
