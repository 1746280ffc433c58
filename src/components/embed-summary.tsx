import { useCallback } from 'react';
import { useDomReading } from './embed-mirror.ts';

const textOf = (id: string) => (root: Element) =>
  root.ownerDocument.getElementById(id)?.textContent.trim() ?? '';
const same = (text: string) => text;

/**
 * An embedded chart's one-sentence summary, shown under it: the view renders the summary on its
 * (hidden) page, and this copy of its text follows it.
 */
export function EmbedSummary({ id, sourceId }: { readonly id: string; readonly sourceId: string }) {
  const read = useCallback((root: Element) => textOf(sourceId)(root), [sourceId]);
  const text = useDomReading(document.body, read, same, '');
  return (
    <p className="summary embed-summary" id={id} data-testid="embed-summary">
      {text}
    </p>
  );
}
