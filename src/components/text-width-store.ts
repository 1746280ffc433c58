/**
 * The text widths ECharts measures on a canvas, kept from one visit to the next. Measuring is
 * the costliest part of a chart's first draw on a repeat visit: some 200 labels at about a tenth
 * of a millisecond each, and the first one sets the font up (6–14 ms on this project's machines).
 * A width measured once in this browser is the same on the next visit unless its fonts changed,
 * so the stored widths are checked against a fresh measure once the page is idle, and dropped
 * if one differs. Stored with the browser's identity: another version measures afresh. Texts are
 * stored as hashes, never as text: the names of a user's own file are not kept once it is gone.
 */

/** Where the widths live between visits (`localStorage` in the page, a fake in tests). */
export interface TextWidthStorage {
  read(): unknown;
  write(value: unknown): void;
}

export interface TextWidthStoreOptions {
  readonly storage: TextWidthStorage;
  /** The real measure: a canvas's `measureText` width, in px. */
  readonly measure: (text: string, font: string) => number;
  /** Stored widths of another version (another browser, another format) are not used. */
  readonly version: string;
  /** At most this many widths are kept, the latest measured. */
  readonly max?: number;
}

export interface TextWidthStore {
  /** The width of `text` in `font`, from the store or measured. */
  width(text: string, font: string): number;
  /** Writes the widths when some were measured since the last write. */
  save(): void;
  /**
   * Measures again the first few texts answered from stored widths; when one differs (the fonts
   * changed), every stored width is dropped and the store is emptied. True when they all agreed
   * (or none was answered from the store). Once: later calls check nothing.
   */
  check(): boolean;
}

const FORMAT = 2;
const CHECKED = 3;
const TOLERANCE = 0.01;

interface Stored {
  readonly format: typeof FORMAT;
  readonly version: string;
  /** [hash of font and text, width]. */
  readonly widths: readonly (readonly [number, number])[];
}

/**
 * A 53-bit hash of the font and the text (two 32-bit FNV-1a-style hashes with different offsets
 * and multipliers): among a few thousand texts, two share one with a chance below one in a
 * million.
 */
export function textKey(text: string, font: string): number {
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  const whole = `${font}\u0000${text}`;
  for (let index = 0; index < whole.length; index += 1) {
    const code = whole.charCodeAt(index);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
  }
  return (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);
}

/** The stored widths, or none when what is stored is not of this format and version. */
function storedWidths(value: unknown, version: string): Map<number, number> {
  const widths = new Map<number, number>();
  if (typeof value !== 'object' || value === null) return widths;
  const stored = value as Partial<Record<keyof Stored, unknown>>;
  if (stored.format !== FORMAT || stored.version !== version || !Array.isArray(stored.widths)) {
    return widths;
  }
  for (const entry of stored.widths as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const [key, width] = entry as unknown[];
    if (typeof key !== 'number' || !Number.isSafeInteger(key) || typeof width !== 'number')
      continue;
    if (!Number.isFinite(width) || width < 0) continue;
    widths.set(key, width);
  }
  return widths;
}

export function createTextWidthStore(options: TextWidthStoreOptions): TextWidthStore {
  const { storage, measure, version, max = 3000 } = options;
  let widths = storedWidths(
    safely(() => storage.read()),
    version,
  );
  // Widths read from the store, until the check: the texts first answered from them are the
  // ones measured again (the store holds no text).
  let stored: Set<number> | null = new Set(widths.keys());
  const answered: { readonly text: string; readonly font: string; readonly width: number }[] = [];
  let dirty = false;

  const write = () => {
    const value: Stored = { format: FORMAT, version, widths: [...widths] };
    safely(() => {
      storage.write(value);
    });
    dirty = false;
  };

  return {
    width(text, font) {
      const key = textKey(text, font);
      const known = widths.get(key);
      if (known !== undefined) {
        if (stored?.has(key) === true && answered.length < CHECKED) {
          stored.delete(key);
          answered.push({ text, font, width: known });
        }
        return known;
      }
      const measured = measure(text, font);
      if (widths.size >= max) {
        const oldest = widths.keys().next();
        if (oldest.done !== true) widths.delete(oldest.value);
      }
      widths.set(key, measured);
      dirty = true;
      return measured;
    },
    save() {
      if (dirty) write();
    },
    check() {
      stored = null;
      const agrees = answered.every(
        ({ text, font, width }) => Math.abs(measure(text, font) - width) <= TOLERANCE,
      );
      answered.length = 0;
      if (!agrees) {
        widths = new Map();
        write();
      }
      return agrees;
    },
  };
}

/** Storage that is full, disabled or private never breaks a chart: nothing is kept. */
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
