/** Messages of the petitions view (issue 6). */
export const petitionsVi = {
  'nav.petitions': 'Kiến nghị cử tri',
} as const;

export const petitionsEn: Readonly<Record<keyof typeof petitionsVi, string>> = {
  'nav.petitions': "Voters' petitions",
};
