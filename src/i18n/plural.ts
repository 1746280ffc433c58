/**
 * Messages that depend on a count. A plural message holds one form per CLDR plural category its
 * language uses, and `Intl.PluralRules` picks the form for the count: English has `one` and
 * `other` ("1 unit", "2 units", "21 units"); Vietnamese does not inflect for number, so its
 * single form is `other`.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** The forms English needs. */
export interface EnglishPlural {
  readonly one: string;
  readonly other: string;
}

/** A catalogue entry: plain text, or one text per plural category. */
export type Message = string | PluralForms;

/**
 * A translation of a source catalogue (Vietnamese): the same keys, a string for a string and the
 * English forms for a plural message, so a missing key or a missing form fails the type check.
 */
export type TranslationOf<Source> = {
  readonly [K in keyof Source]: Source[K] extends string ? string : EnglishPlural;
};

/** The form of `message` for `count` under `rules`; a category the message lacks falls back to `other`. */
export function pluralForm(message: PluralForms, count: number, rules: Intl.PluralRules): string {
  return message[rules.select(count)] ?? message.other;
}
