import { createContext, useContext, useEffect } from 'react';

/** Sets the state part of the document title ("Tháng 10/2026", a unit's name); null: none. */
export type SetTitleDetail = (detail: string | null) => void;

/** The app shell provides it and composes the title: page · detail — app title. */
export const DocumentTitleContext = createContext<SetTitleDetail>(() => undefined);

/**
 * Names the page's state in the document title while the calling view is shown, so a tab, the
 * history list and a screen reader's window title say which page and which month or unit.
 */
export function useDocumentTitle(detail: string | null): void {
  const setDetail = useContext(DocumentTitleContext);
  useEffect(() => {
    setDetail(detail);
    return () => {
      setDetail(null);
    };
  }, [setDetail, detail]);
}
