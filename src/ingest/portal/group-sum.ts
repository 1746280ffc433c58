import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';

/** The sum of the six groups to the cent, or null when one is missing. */
export function sumOfGroups(groups: Readonly<Partial<Record<GroupKey, number>>>): number | null {
  let sum = 0;
  for (const group of INDEX_GROUPS) {
    const value = groups[group.key];
    if (value === undefined) return null;
    sum += value;
  }
  return Math.round(sum * 100) / 100;
}
