/** Messages of the dossiers view (issue 6). */
export const dossiersVi = {
  'nav.dossiers': 'Hồ sơ TTHC',
} as const;

export const dossiersEn: Readonly<Record<keyof typeof dossiersVi, string>> = {
  'nav.dossiers': 'Dossiers',
};
