import { estimatedTextWidth } from '../charts/text-width.ts';
import { createTextWidthStore, type TextWidthStore } from './text-width-store.ts';

const STORAGE_KEY = 'commune-scorecard:text-widths';
/** After a width is measured, the store is written this long later, when the page is idle. */
const SAVE_DELAY_MS = 2000;

/** The page's `localStorage`, as JSON. */
const localStorageJson = {
  read: (): unknown => {
    const text = window.localStorage.getItem(STORAGE_KEY);
    return text === null ? null : (JSON.parse(text) as unknown);
  },
  write: (value: unknown) => {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  },
};

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';

/** A canvas's measure, as ECharts' own; an estimate in a browser that gives no 2D canvas. */
function canvasWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (context === null) {
    const size = /(\d+(?:\.\d+)?)px/.exec(font)?.[1];
    return estimatedTextWidth(text, size === undefined ? 12 : Number(size));
  }
  if (contextFont !== font) {
    context.font = font;
    contextFont = font;
  }
  return context.measureText(text).width;
}

const whenIdle = (callback: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 5000 });
  else setTimeout(callback, 0);
};

/**
 * ECharts' `measureText` answered from the widths this browser measured on an earlier visit
 * (`text-width-store.ts`), measuring only new texts. Written back once the page is idle after
 * measuring; the stored widths are checked against the fonts once, at the first such moment.
 */
export function storedTextWidthMeasure(): (
  text: string,
  font?: string,
) => { readonly width: number } {
  let store: TextWidthStore | null = null;
  let saving = false;
  const later = () => {
    if (saving) return;
    saving = true;
    setTimeout(() => {
      whenIdle(() => {
        saving = false;
        // The store checks its widths the first time only.
        store?.check();
        store?.save();
      });
    }, SAVE_DELAY_MS);
  };
  return (text, font = '12px sans-serif') => {
    store ??= createTextWidthStore({
      storage: localStorageJson,
      measure: canvasWidth,
      version: navigator.userAgent,
    });
    later();
    return { width: store.width(text, font) };
  };
}
