import { useEffect, useState } from 'react';

/**
 * A value read from the DOM under `root`, read again whenever anything under it changes: how the
 * embed frame follows the hidden page it shows a part of (its charts, its notices, a summary).
 */
export function useDomReading<T>(
  root: Element | null,
  read: (root: Element) => T,
  key: (value: T) => string,
  initial: T,
): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (root === null) return;
    let last = '';
    const update = () => {
      const next = read(root);
      const nextKey = key(next);
      if (nextKey === last) return;
      last = nextKey;
      setValue(next);
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    return () => {
      observer.disconnect();
    };
  }, [root, read, key]);
  return value;
}
