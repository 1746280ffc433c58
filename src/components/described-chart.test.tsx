// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DescribedChart } from './described-chart.tsx';
import { EmbedContext, type EmbedTarget } from './embed-context.ts';

afterEach(cleanup);

function page(target: EmbedTarget | null) {
  return (
    <EmbedContext.Provider value={target}>
      <div data-testid="page">
        <p id="s1">Biểu đồ thứ nhất: cao nhất An Thắng.</p>
        <DescribedChart summaryId="s1" tableId="t1" name="first">
          <div role="img" aria-label="Thứ nhất" />
        </DescribedChart>
        <DescribedChart summaryId="s2" tableId="t2" name="second">
          <div role="img" aria-label="Thứ hai" />
        </DescribedChart>
      </div>
    </EmbedContext.Provider>
  );
}

describe('DescribedChart in embed mode', () => {
  it('draws only the chosen chart, in the frame, with a copy of its summary', async () => {
    const frame = document.createElement('div');
    document.body.append(frame);
    const view = render(page({ figure: 'first', frame }));
    const inPage = view.getByTestId('page');
    // The page keeps a mark of each chart's place, in order, and draws none of them itself.
    expect(
      [...inPage.querySelectorAll('[data-chart-slot]')].map((slot) =>
        slot.getAttribute('data-chart-slot'),
      ),
    ).toEqual(['first', 'second']);
    expect(inPage.querySelector('[role="img"]')).toBeNull();
    // The chosen chart is in the frame, described by the copied summary.
    const group = frame.querySelector('[data-chart="first"]');
    expect(group?.querySelector('[aria-label="Thứ nhất"]')).not.toBeNull();
    expect(frame.querySelector('[aria-label="Thứ hai"]')).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const summary = document.getElementById(group?.getAttribute('aria-describedby') ?? '');
    expect(frame.contains(summary)).toBe(true);
    expect(summary?.textContent).toBe('Biểu đồ thứ nhất: cao nhất An Thắng.');
    frame.remove();
  });

  it('renders every chart in place outside embed mode', () => {
    const view = render(page(null));
    expect(view.getByTestId('page').querySelectorAll('[data-chart]')).toHaveLength(2);
    expect(view.getByTestId('page').querySelector('[data-chart-slot]')).toBeNull();
  });
});
