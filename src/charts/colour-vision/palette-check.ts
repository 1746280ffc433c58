import { ciede2000 } from './ciede2000.ts';
import { labAsSeen } from './colour-difference.ts';
import { VISIONS, type Vision } from './simulate-cvd.ts';

/** A named colour of a palette (a series, or a background it is drawn over). */
export type NamedColour = readonly [name: string, hex: string];

/** The closest two colours of a palette for one kind of vision. */
export interface WorstPair {
  readonly vision: Vision;
  readonly first: string;
  readonly second: string;
  readonly deltaE: number;
}

/**
 * For each kind of vision, the pair of a palette that looks most alike: among its colours, and
 * between each colour and each background it is drawn over (backgrounds need not differ from
 * one another). Null for a vision with nothing to compare.
 */
export function worstPairs(
  colours: readonly NamedColour[],
  backgrounds: readonly NamedColour[] = [],
): readonly WorstPair[] {
  return VISIONS.flatMap((vision) => {
    const seen = (entries: readonly NamedColour[]) =>
      entries.map(([name, hex]) => ({ name, lab: labAsSeen(hex, vision) }));
    const series = seen(colours);
    const behind = seen(backgrounds);
    let worst: WorstPair | null = null;
    for (const [index, one] of series.entries()) {
      for (const two of [...series.slice(index + 1), ...behind]) {
        const deltaE = ciede2000(one.lab, two.lab);
        if (worst === null || deltaE < worst.deltaE) {
          worst = { vision, first: one.name, second: two.name, deltaE };
        }
      }
    }
    return worst === null ? [] : [worst];
  });
}
