// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TableCaption, TableScroll } from './table-scroll.tsx';

/** jsdom lays nothing out: each test says how wide the box's content is. */
let contentWidth = 0;

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    // As the browser does, each observation reports once (there: at the next frame).
    class {
      constructor(private readonly report: () => void) {}
      observe = () => {
        this.report();
      };
      disconnect = () => undefined;
    },
  );
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(() => contentWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => 320);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderTable() {
  return render(
    <TableScroll className="issues-scroll">
      <table>
        <TableCaption>Các dòng bị loại</TableCaption>
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>,
  );
}

describe('TableScroll', () => {
  it('is a region named by the table caption', () => {
    renderTable();
    const region = screen.getByRole('region', { name: 'Các dòng bị loại' });
    expect(region.className).toBe('table-scroll issues-scroll');
  });

  it('lets the browser skip a long table off screen, with an estimate of its height', () => {
    render(
      <TableScroll lazyRows={94}>
        <table>
          <TableCaption>94 đơn vị</TableCaption>
        </table>
      </TableScroll>,
    );
    const region = screen.getByRole('region', { name: '94 đơn vị' });
    expect(region.className).toBe('table-scroll table-scroll-lazy');
    expect(region.style.containIntrinsicSize).toMatch(/^auto \d+px$/);
  });

  it('takes the keyboard focus only while its table overflows', () => {
    contentWidth = 900;
    const { unmount } = renderTable();
    expect(screen.getByRole('region').tabIndex).toBe(0);
    unmount();
    contentWidth = 320;
    renderTable();
    expect(screen.getByRole('region').hasAttribute('tabindex')).toBe(false);
  });
});

function table(rows: number) {
  return (
    <TableScroll lazyRows={rows}>
      <table>
        <TableCaption>Xếp hạng</TableCaption>
        <tbody>
          {Array.from({ length: rows }, (_, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const box = (container: HTMLElement) => {
  const element = container.querySelector('.table-scroll');
  if (element === null) throw new Error('no table box');
  return element;
};

describe('TableScroll with lazyRows', () => {
  it('draws a table that grew by many rows one frame later, its rows already in place', async () => {
    const { container, rerender } = render(table(23));
    expect(box(container).classList.contains('table-scroll-deferred')).toBe(false);
    rerender(table(94));
    // The new rows are in the document at once, with the box skipped for one frame.
    expect(container.querySelectorAll('tbody tr')).toHaveLength(94);
    expect(box(container).classList.contains('table-scroll-deferred')).toBe(true);
    await waitFor(() => {
      expect(box(container).classList.contains('table-scroll-deferred')).toBe(false);
    });
    expect(container.querySelectorAll('tbody tr')).toHaveLength(94);
  });

  it('draws a table that shrank, or grew by a few rows, at once', async () => {
    const { container, rerender } = render(table(94));
    rerender(table(23));
    expect(box(container).classList.contains('table-scroll-deferred')).toBe(false);
    // Once a frame has been painted with 23 rows, 7 more are drawn at once too.
    await new Promise((resolve) => setTimeout(resolve, 100));
    rerender(table(30));
    expect(box(container).classList.contains('table-scroll-deferred')).toBe(false);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(30);
  });
});
