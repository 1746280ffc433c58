import type { ValidRow } from './schema.ts';

/**
 * The keys seen so far, each with the line it was first seen on, compact enough for millions of
 * rows and exact (no hashing shortcut that could reject a row for another's key). A file has
 * few distinct values per key column (codes, dates, periods, topics): each column's values are
 * numbered once, and a key is kept as the tuple of its columns' numbers and its line in one
 * typed array, (columns + 1) × 4 bytes per slot, about 40 bytes per key for a four-column key,
 * with no object per key for the garbage collector to walk.
 */
export interface KeyIndex {
  /** The line the row's key was first added on; when it is new, adds it with `line` (undefined). */
  firstLineOrAdd(row: ValidRow, line: number): number | undefined;
  readonly size: number;
}

const INITIAL_SLOTS = 1 << 14;
// Growing fourfold rehashes each key about a third of a time more, not once more.
const GROWTH = 4;

/** An index of the rows' values in `key` (column names), compared as text. */
export function createKeyIndex(key: readonly string[]): KeyIndex {
  const columns = key.length;
  if (columns === 1) return singleColumnIndex(key[0] ?? '');
  const numbers = Array.from({ length: columns }, () => new Map<string, number>());
  // Each column's previous value and number: a file sorted by date repeats most of its key.
  const previous: (string | null)[] = Array.from({ length: columns }, () => null);
  const ids = new Int32Array(columns);
  const width = columns + 1;
  let capacity = INITIAL_SLOTS;
  // Per slot: the column numbers, then the line (0: empty slot; lines start at 1).
  let slots = new Int32Array(capacity * width);
  let size = 0;

  const hash = (tuple: Int32Array, from: number): number => {
    let h = 0x811c9dc5;
    for (let index = 0; index < columns; index += 1) {
      h = Math.imul(h ^ (tuple[from + index] ?? 0), 0x01000193);
      h ^= h >>> 15;
    }
    return h >>> 0;
  };

  /** The slot holding `ids`, or the empty slot where they belong. */
  const find = (table: Int32Array, slotCount: number, tuple: Int32Array, from: number) => {
    const mask = slotCount - 1;
    for (let slot = hash(tuple, from) & mask; ; slot = (slot + 1) & mask) {
      const base = slot * width;
      if (table[base + columns] === 0) return slot;
      let same = true;
      for (let index = 0; index < columns && same; index += 1) {
        same = table[base + index] === tuple[from + index];
      }
      if (same) return slot;
    }
  };

  const grow = () => {
    const old = slots;
    const oldCapacity = capacity;
    capacity *= GROWTH;
    slots = new Int32Array(capacity * width);
    for (let slot = 0; slot < oldCapacity; slot += 1) {
      const base = slot * width;
      if (old[base + columns] === 0) continue;
      const target = find(slots, capacity, old, base) * width;
      slots.set(old.subarray(base, base + width), target);
    }
  };

  return {
    firstLineOrAdd(row, line) {
      for (let index = 0; index < columns; index += 1) {
        const value = String(row[key[index] ?? ''] ?? null);
        if (value === previous[index]) continue;
        const dictionary = numbers[index] ?? new Map<string, number>();
        let id = dictionary.get(value);
        if (id === undefined) {
          id = dictionary.size;
          dictionary.set(value, id);
        }
        previous[index] = value;
        ids[index] = id;
      }
      const base = find(slots, capacity, ids, 0) * width;
      const first = slots[base + columns] ?? 0;
      if (first !== 0) return first;
      slots.set(ids, base);
      slots[base + columns] = Math.max(1, line);
      size += 1;
      if (size * 2 > capacity) grow();
      return undefined;
    },
    get size() {
      return size;
    },
  };
}

function singleColumnIndex(column: string): KeyIndex {
  const lines = new Map<string, number>();
  return {
    firstLineOrAdd(row, line) {
      const key = String(row[column] ?? null);
      const first = lines.get(key);
      if (first === undefined) lines.set(key, line);
      return first;
    },
    get size() {
      return lines.size;
    },
  };
}
