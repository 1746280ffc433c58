/** Messages of the commune profile view (issue 5). */
export const profileVi = {
  'nav.commune': 'Trang xã',
} as const;

export const profileEn: Readonly<Record<keyof typeof profileVi, string>> = {
  'nav.commune': 'Commune profile',
};
