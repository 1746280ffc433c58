import { createContext, useContext } from 'react';

/** In embed mode (`?embed=1`): the one chart shown, and where it is drawn. */
export interface EmbedTarget {
  /** The `data-chart` name of the chart shown; null until the page's charts are known. */
  readonly figure: string | null;
  /** The element the chart is drawn into (the embed frame), once mounted. */
  readonly frame: HTMLElement | null;
}

/** Null outside embed mode: every chart renders where its view puts it. */
export const EmbedContext = createContext<EmbedTarget | null>(null);

export function useEmbed(): EmbedTarget | null {
  return useContext(EmbedContext);
}

/** The attribute that marks a chart's place on an embedded page (its name as the value). */
export const EMBED_SLOT_ATTRIBUTE = 'data-chart-slot';
