/**
 * The text widths ECharts measures on a canvas, kept from one visit to the next. Measuring is
 * the costliest part of a chart's first draw on a repeat visit: some 200 labels at about a tenth
 * of a millisecond each, and the first one sets the font up (6–14 ms on this project's machines).
 * A width measured once in this browser is the same on the next visit unless its fonts changed,
 * so the stored widths are checked against a fresh measure once the page is idle, and dropped
 * if one differs. Stored with the browser's identity: another version measures afresh.
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
   * Measures a few stored widths again; when one differs (the fonts changed), every stored
   * width is dropped and the store is emptied. True when they all agreed.
   */
  check(): boolean;
}

const FORMAT = 1;
const CHECKED = 3;
const TOLERANCE = 0.01;
const KEY_SEPARATOR = '\u0000';

interface Stored {
  readonly format: typeof FORMAT;
  readonly version: string;
  readonly widths: readonly (readonly [string, number])[];
}

/** The stored widths, or none when what is stored is not of this format and version. */
function storedWidths(value: unknown, version: string): Map<string, number> {
  const widths = new Map<string, number>();
  if (typeof value !== 'object' || value === null) return widths;
  const stored = value as Partial<Record<keyof Stored, unknown>>;
  if (stored.format !== FORMAT || stored.version !== version || !Array.isArray(stored.widths)) {
    return widths;
  }
  for (const entry of stored.widths as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const [key, width] = entry as unknown[];
    if (typeof key !== 'string' || typeof width !== 'number') continue;
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
  // Only widths read from the store are checked: the others were just measured.
  let loaded = [...widths.keys()];
  let dirty = false;

  const write = () => {
    const stored: Stored = { format: FORMAT, version, widths: [...widths] };
    safely(() => {
      storage.write(stored);
    });
    dirty = false;
  };

  return {
    width(text, font) {
      const key = `${font}${KEY_SEPARATOR}${text}`;
      const known = widths.get(key);
      if (known !== undefined) return known;
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
      const sample = [loaded[0], loaded[loaded.length >> 1], loaded.at(-1)].slice(0, CHECKED);
      loaded = [];
      const agrees = sample.every((key) => {
        if (key === undefined) return true;
        const known = widths.get(key);
        if (known === undefined) return true;
        const at = key.indexOf(KEY_SEPARATOR);
        const fresh = measure(key.slice(at + 1), key.slice(0, at));
        return Math.abs(fresh - known) <= TOLERANCE;
      });
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
