import type { TranslationOf } from '../../plural.ts';
import type { methodologyVi } from '../methodology.ts';

/** English for `methodology` messages, typed against the Vietnamese source in `../methodology.ts`. */
export const methodologyEn: TranslationOf<typeof methodologyVi> = {
  'method.title': 'Methodology: how every figure is computed',
  // English texts write Vietnamese document numbers without diacritics: 766/QD-TTg.
  'method.index.title': 'Service index (Decision 766/QD-TTg)',
  'method.index.body':
    'Each unit is scored on 6 groups, 100 points in all. The portal updates scores continuously and they accumulate over the period: “ranked 1st on 31/7” is a snapshot, on one day, of the month’s running score. The monthly ranking uses the latest snapshot in that month. When a file has no total column, the total is the sum of the 6 groups; when it has one, it must equal that sum (within 0.01).',
  'method.index.caption': 'The six index groups and their maximum points',
  'method.index.group': 'Group',
  'method.index.code': 'Code',
  'method.index.max': 'Max',
  'method.rank.title': 'Ranking',
  'method.rank.body':
    'Ranks are computed, not read from files: competition ranking by descending score (1, 2, 2, 4); units with equal scores share a rank and are listed by name (Vietnamese alphabetical order). Ranks are always among all units scored that month; filters only hide rows. A unit without a score in a month is listed but not ranked. Every join uses the 5-digit unit code, never names (“Hòa” and “Hoà” are different strings; one name can be both a commune and a ward).',
  'method.rates.title': 'Two “on-time” rates',
  'method.rates.body':
    'There are two definitions and they give different results; this site always says which one it shows.',
  'method.rates.portal':
    'Portal rate (item 2.1, Decision 766) = (early + on time + in progress within deadline) ÷ all dossiers handled or in progress.',
  'method.rates.press':
    'Press rate (“resolved on time”) = (early + on time) ÷ (early + on time + late).',
  'method.rates.example':
    'Published example, Nguyệt Ấn commune (Thanh Hóa): {early} dossiers resolved early or on time, {inTime} in progress within deadline, {late} late, {all} in all → portal rate {portal}, press rate {press} (the figure printed).',
  'method.rates.small':
    'A rate computed from fewer than 20 dossiers is flagged “small n”; every rate comes with its count (n). A zero denominator shows “—”.',
  'method.quality.title': 'Data checks',
  'method.quality.body':
    'Every row of every file is either loaded or rejected with its file, line, column and reason: rows read = rows loaded + rows rejected. Rejected: a unit code that is not 5 digits or not in the units list, a duplicate key, a negative or non-integer count, a score outside [0, max], a total that differs from the sum of groups, petitions received that differ from the sum of outcomes. Warning only (still loaded): dossiers that do not balance (carried over + received ≠ resolved + in progress + returned), because real reports do not always balance.',
  'method.bands.title': 'Score colour bands',
  'method.bands.body':
    'The state defines no rating bands for this score. The colour bands (when switched on) are this site’s convention, not an official rating.',
  'method.petitions.title': 'Voters’ petitions',
  'method.petitions.body':
    'Voters’ petitions (gathered at meetings between voters and deputies) are not part of the 766 index and differ from complaints about administrative procedures. Topics are this site’s own taxonomy, not an official list. Petitions per 10,000 residents are computed only where the population is known; elsewhere the site says “population unknown” and estimates nothing.',
  'method.petitions.coverage': {
    one: 'The loaded data knows the population of {known} of {count} unit.',
    other: 'The loaded data knows the population of {known} of {count} units.',
  },
  'method.sample.title': 'Sample data (synthetic)',
  'method.sample.body':
    'The scores, dossiers and petitions shipped with the site are machine-generated (fixed seed) from the real list of 94 units, over 16 months (7/2025–10/2026); they are not official figures. They are made plausible and consistent with a few published facts: Chiên Đàn ranked 1st of 94 on 31/7/2025; Xuân Phú handled over 1,051 dossiers in its first month, over 99% on time; Chiên Đàn received 119 voters’ petitions in its first round of meetings. Population is not synthesised.',
  'method.sources.title': 'Sources',
  'method.sources.body':
    'Unit list and codes: Official Letter 1027/CTK-CSCL (General Statistics Office). Unit types and former districts: Resolution 1659/NQ-UBTVQH15. Areas: the official merger map (sapnhap.bando.com.vn). Population: the source given next to each unit. Index: Decision 766/QD-TTg (2022).',
};
