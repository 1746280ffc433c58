import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { afterNextPaint } from './after-next-paint.ts';
import './table-scroll.css';

const CaptionId = createContext<string | undefined>(undefined);

interface TableScrollProps {
  /** One `<table>` whose caption is a `TableCaption` (it names the box), and any notes after it. */
  readonly children: ReactNode;
  /** Extra classes besides `table-scroll` (e.g. a height-limited box). */
  readonly className?: string;
  /**
   * For a long table (the 94 units): its row count. Off screen, the browser then skips its
   * layout and paint (`content-visibility: auto`), keeping this estimate of its height until it
   * has drawn it once: a switch of month under the chart does not lay out 94 hidden rows.
   */
  readonly lazyRows?: number;
}

// Estimates only: once drawn, the box keeps its real height (`contain-intrinsic-size: auto`).
const ROW_HEIGHT = 34;
const HEAD_HEIGHT = 80;
/** Rows added in one render from which a long table is drawn one frame later. */
const DEFERRED_GROWTH = 20;

/**
 * The box a wide (or long) table scrolls in, so the page itself never scrolls sideways. The box
 * is a region named by the table's caption; while its content overflows it also takes the
 * keyboard focus, so arrow keys can scroll it without a pointer (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`). A box that fits adds no tab stop.
 */
export function TableScroll({ children, className, lazyRows }: TableScrollProps) {
  const captionId = useId();
  const box = useRef<HTMLDivElement>(null);
  // Focusable until measured: a box that overflows is never left out of the tab order.
  const [overflows, setOverflows] = useState(true);
  const drawn = useDrawnRowCount(lazyRows);
  const deferred =
    lazyRows !== undefined && drawn !== undefined && lazyRows - drawn >= DEFERRED_GROWTH;
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = () => {
      setOverflows(
        element.scrollWidth > element.clientWidth + 1 ||
          element.scrollHeight > element.clientHeight + 1,
      );
    };
    // The box changes size with the window; its table with the rows shown.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // Each observation reports once at the next frame, after layout: nothing here forces one.
    for (const child of element.children) observer.observe(child);
    return () => {
      observer.disconnect();
    };
  });
  return (
    <CaptionId.Provider value={captionId}>
      <div
        ref={box}
        className={[
          'table-scroll',
          lazyRows === undefined ? null : 'table-scroll-lazy',
          deferred ? 'table-scroll-deferred' : null,
          className,
        ]
          .filter((name) => name !== null && name !== undefined)
          .join(' ')}
        style={
          lazyRows === undefined
            ? undefined
            : { containIntrinsicSize: `auto ${String(lazyRows * ROW_HEIGHT + HEAD_HEIGHT)}px` }
        }
        role="region"
        aria-labelledby={captionId}
        // A region that scrolls must be reachable by keyboard; axe checks exactly this.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be keyboard reachable (WCAG 2.1.1, axe scrollable-region-focusable)
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </CaptionId.Provider>
  );
}

/**
 * The row count the box was last drawn with: it follows `rows` once a frame has been painted
 * since they changed. A long table that grows by many rows at once (a filter cleared: 23 → 94
 * units) is skipped for that one frame (`content-visibility: hidden`, its last height kept), so
 * the frame that shows the chart above it is not held up laying out rows that the taller chart
 * pushes out of view; the browser does the same for a table that comes into view (`auto`). Its
 * rows are in the document, with the new figures, from the start: nothing stale is ever shown.
 */
function useDrawnRowCount(rows: number | undefined): number | undefined {
  const [drawn, setDrawn] = useState(rows);
  useEffect(() => {
    if (rows === drawn) return;
    return afterNextPaint(() => {
      setDrawn(rows);
    });
  }, [rows, drawn]);
  return drawn;
}

/** The caption of a table inside `TableScroll`: visible, and the name of the scrolling box. */
export function TableCaption({ children }: { readonly children: ReactNode }) {
  return <caption id={useContext(CaptionId)}>{children}</caption>;
}
