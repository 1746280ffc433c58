import { ciede2000 } from './ciede2000.ts';
import { linearRgbToLab, type Lab } from './cielab.ts';
import { simulateCvd, type Vision } from './simulate-cvd.ts';
import { parseHex, toLinear } from './srgb.ts';

/** The CIELAB coordinates of a hex colour as a reader with `vision` sees it. */
export function labAsSeen(hex: string, vision: Vision): Lab {
  return linearRgbToLab(simulateCvd(toLinear(parseHex(hex)), vision));
}

/** ΔE2000 between two hex colours, both seen with `vision`. */
export function colourDifference(one: string, two: string, vision: Vision): number {
  return ciede2000(labAsSeen(one, vision), labAsSeen(two, vision));
}
