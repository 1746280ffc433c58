/** The key of the loaded database itself; every question's key starts with its version instead. */
export const DATABASE_KEY = ['database'] as const;

/** The key of one page's precomputed answers (`use-preview.ts`). */
export const previewKey = (page: string) => ['preview', page] as const;
