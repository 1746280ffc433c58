/**
 * The parts of a `units.former_district` cell: a unit merged from several old districts lists
 * them `;`-separated, with varying spaces. The SQL filter (`db/queries/unit-filter.ts`) splits
 * the same way; `i18n/vietnamese-names.ts` words each part in the page's language.
 */
export function splitFormerDistricts(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
