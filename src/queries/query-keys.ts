/** The key of the loaded database itself; every question's key starts with its version instead. */
export const DATABASE_KEY = ['database'] as const;
