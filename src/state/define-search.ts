/**
 * Typed URL state. A page declares its params once, as named field codecs; `parse` turns the
 * query string into typed state (a missing or invalid value becomes the field's default, and an
 * invalid one is reported with its raw text), and `write` turns a typed partial state into a
 * `SearchPatch`, the only kind of change the router accepts.
 */

import { isUnitCode } from '../data/unit-code.ts';
import { parsePointKey } from '../data/report-point.ts';

/** Read-only view of the query string, so parsers accept URLSearchParams or a plain map. */
export interface SearchParamsLike {
  get(name: string): string | null;
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` or null (null means "the latest month"). */
export function parseMonth(value: string | null): string | null {
  return value !== null && MONTH_PATTERN.test(value) ? value : null;
}

/** A 5-digit unit code or null. */
export function parseCode(value: string | null): string | null {
  return value !== null && isUnitCode(value) ? value : null;
}

/** One of a closed list, or the fallback: for metric, sort and similar params. */
export function parseChoice<const T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** A comma-separated list filtered through `accept`, duplicates dropped, order kept. */
export function parseList(value: string | null, accept: (item: string) => boolean): string[] {
  if (value === null || value === '') return [];
  return [...new Set(value.split(',').filter(accept))];
}

/** What a codec read from a param's text; `valid: false` puts the param on the invalid list. */
export interface Decoded<T> {
  readonly value: T;
  readonly valid: boolean;
}

/** One param: its value when absent (or empty), how its text is read and how a value is written. */
export interface FieldCodec<T> {
  readonly fallback: T;
  decode(raw: string): Decoded<T>;
  /** The param's text, or null to remove it from the URL. */
  encode(value: T): string | null;
}

const valid = <T>(value: T): Decoded<T> => ({ value, valid: true });

interface ChoiceOptions {
  /**
   * Write the default as a value instead of removing the param: the dossiers and petitions
   * selects always have, and their URLs stay as they were.
   */
  readonly writeDefault?: boolean;
}

/** The field codecs a schema is made of. */
export const field = {
  /** One of a closed list, with a default; writing the default removes the param. */
  choice<const T extends string>(
    values: readonly T[],
    fallback: NoInfer<T>,
    options: ChoiceOptions = {},
  ): FieldCodec<T> {
    return {
      fallback,
      decode: (raw) => {
        const value = values.find((candidate) => candidate === raw);
        return value === undefined ? { value: fallback, valid: false } : valid(value);
      },
      encode: (value) => (value === fallback && options.writeDefault !== true ? null : value),
    };
  },

  /** One of a closed list, or null (absent: no choice made, e.g. "all types"). */
  optionalChoice<const T extends string>(values: readonly T[]): FieldCodec<T | null> {
    return {
      fallback: null,
      decode: (raw) => {
        const value = values.find((candidate) => candidate === raw);
        return value === undefined ? { value: null, valid: false } : valid(value);
      },
      encode: (value) => value,
    };
  },

  /** `YYYY-MM`, or null. */
  month(): FieldCodec<string | null> {
    return {
      fallback: null,
      decode: (raw) => ({ value: parseMonth(raw), valid: parseMonth(raw) !== null }),
      encode: (value) => value,
    };
  },

  /** A point of a timeline (`2026-08`, `2026-Q3`, `2026`, `2026@2026-10-10`), or null. */
  point(): FieldCodec<string | null> {
    return {
      fallback: null,
      decode: (raw) => {
        const valid = parsePointKey(raw) !== null;
        return { value: valid ? raw : null, valid };
      },
      encode: (value) => value,
    };
  },

  /** A unit code (5-digit, or the portal's), or null. */
  code(): FieldCodec<string | null> {
    return {
      fallback: null,
      decode: (raw) => ({ value: parseCode(raw), valid: parseCode(raw) !== null }),
      encode: (value) => value,
    };
  },

  /** Comma-separated unit codes, duplicates dropped; a malformed code or one past `max` is reported. */
  codeList({ max }: { readonly max: number }): FieldCodec<readonly string[]> {
    return {
      fallback: [],
      decode: (raw) => {
        const codes = parseList(raw, (item) => parseCode(item) !== null);
        const wellFormed = raw.split(',').every((item) => parseCode(item) !== null);
        return { value: codes.slice(0, max), valid: wellFormed && codes.length <= max };
      },
      encode: (value) => (value.length === 0 ? null : value.join(',')),
    };
  },

  /** `1` when on; absent when off. */
  flag(): FieldCodec<boolean> {
    return {
      fallback: false,
      decode: (raw) => ({ value: raw === '1', valid: raw === '1' }),
      encode: (value) => (value ? '1' : null),
    };
  },

  /** Free text, e.g. a former district's name; blank is absent. */
  text(): FieldCodec<string | null> {
    return {
      fallback: null,
      decode: (raw) => valid(raw.trim() === '' ? null : raw),
      encode: (value) => (value === null || value === '' ? null : value),
    };
  },
};

export type SearchFields = Readonly<Record<string, FieldCodec<unknown>>>;

/** The typed state a schema's fields parse to: one property per param. */
export type SearchState<F extends SearchFields> = {
  readonly [K in keyof F]: F[K] extends FieldCodec<infer T> ? T : never;
};

/** A param whose text was not a valid value (its default is used instead). */
export interface InvalidParam {
  readonly name: string;
  readonly raw: string;
}

export interface ParsedSearch<S> {
  readonly state: S;
  /** In declaration order. */
  readonly invalid: readonly InvalidParam[];
}

declare const SEARCH_PATCH: unique symbol;

/**
 * Changes to the query string (null removes a param). Only a schema's `write` makes one, so
 * every param name and value that reaches the URL was declared.
 */
export type SearchPatch = Readonly<Record<string, string | null>> & {
  readonly [SEARCH_PATCH]: true;
};

export interface Search<S> {
  /** The declared param names. */
  readonly names: readonly string[];
  /** The state of a URL without any of these params. */
  readonly defaults: S;
  readonly parse: (params: SearchParamsLike) => ParsedSearch<S>;
  /** Encodes only the given fields; undefined ones are left as they are in the URL. */
  readonly write: (patch: Partial<S>) => SearchPatch;
}

export type StateOf<T> = T extends Search<infer S> ? S : never;

/** A schema from its fields: `defineSearch({ month: field.month(), bands: field.flag() })`. */
export function defineSearch<const F extends SearchFields>(fields: F): Search<SearchState<F>> {
  type S = SearchState<F>;
  const entries = Object.entries(fields);
  return {
    names: entries.map(([name]) => name),
    defaults: Object.fromEntries(entries.map(([name, codec]) => [name, codec.fallback])) as S,
    parse: (params) => {
      const invalid: InvalidParam[] = [];
      const state = Object.fromEntries(
        entries.map(([name, codec]) => {
          const raw = params.get(name);
          if (raw === null || raw === '') return [name, codec.fallback];
          const decoded = codec.decode(raw);
          if (!decoded.valid) invalid.push({ name, raw });
          return [name, decoded.value];
        }),
      ) as S;
      return { state, invalid };
    },
    write: (patch) => {
      const changes: Record<string, string | null> = {};
      for (const [name, value] of Object.entries(patch)) {
        const codec = Object.hasOwn(fields, name) ? fields[name] : undefined;
        if (codec !== undefined && value !== undefined) changes[name] = codec.encode(value);
      }
      return changes as SearchPatch;
    },
  };
}

/**
 * The month params that do not show the month the URL asked for: text that is not a month, or
 * a month without data in `available`, each with the text as typed (for the notice on screen).
 * Nothing while `available` is still loading.
 */
export function unavailableMonths<S>(
  parsed: ParsedSearch<S>,
  names: readonly (keyof S & string)[],
  available: readonly string[] | undefined,
): InvalidParam[] {
  if (available === undefined) return [];
  return names.flatMap((name) => {
    const invalid = parsed.invalid.find((param) => param.name === name);
    if (invalid !== undefined) return [invalid];
    const value = parsed.state[name];
    return typeof value === 'string' && !available.includes(value) ? [{ name, raw: value }] : [];
  });
}

/**
 * The code params whose well-formed code names no loaded unit (`known`), each with the code (a
 * list param gives one entry per unknown code). Nothing while `known` is still loading.
 */
export function unknownCodes<S>(
  parsed: ParsedSearch<S>,
  names: readonly (keyof S & string)[],
  known: readonly string[] | undefined,
): InvalidParam[] {
  if (known === undefined) return [];
  const codes = new Set(known);
  return names.flatMap((name) => {
    const value: unknown = parsed.state[name];
    const asked = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    return asked
      .filter((code): code is string => typeof code === 'string' && !codes.has(code))
      .map((code) => ({ name, raw: code }));
  });
}
