// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
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
