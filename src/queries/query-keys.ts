/** A JSON-like param value: query keys are hashed structurally. */
type KeyPart = string | number | boolean | null | readonly KeyPart[];

/**
 * Every key starts with the dataset version (a new upload changes it, so nothing stale survives),
 * then the question's name, then every param the question depends on.
 */
export function datasetKey(version: string, question: string, ...params: readonly KeyPart[]) {
  return [version, question, ...params] as const;
}

export const DATABASE_KEY = ['database'] as const;
