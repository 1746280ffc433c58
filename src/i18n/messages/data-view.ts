/** Messages of the data view: upload, tables, downloads, data quality. */
export const dataVi = {
  'nav.data': 'Dữ liệu',
} as const;

export const dataEn: Readonly<Record<keyof typeof dataVi, string>> = {
  'nav.data': 'Data',
};
