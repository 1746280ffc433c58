// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnnounce, useAnnounceOnChange } from './announcer-context.ts';
import { LiveRegionProvider } from './live-region.tsx';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const region = () => screen.getByTestId('live-region');

function Speaker({ sentences }: { readonly sentences: readonly string[] }) {
  const announce = useAnnounce();
  return (
    <button
      type="button"
      onClick={() => {
        for (const sentence of sentences) announce(sentence);
      }}
    >
      say
    </button>
  );
}

function Filter() {
  const [type, setType] = useState('all');
  useAnnounceOnChange(`filter ${type}`, type);
  return (
    <button
      type="button"
      onClick={() => {
        setType('xa');
      }}
    >
      filter
    </button>
  );
}

describe('the live region', () => {
  it('is one polite, atomic region that says sentences asked for together once, in order', () => {
    render(
      <LiveRegionProvider>
        <Speaker sentences={['Đã mở: A.', 'Đã mở: A.', 'Đang hiển thị 12/94 đơn vị.']} />
      </LiveRegionProvider>,
    );
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().getAttribute('aria-atomic')).toBe('true');
    act(() => {
      screen.getByText('say').click();
    });
    expect(region().textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(region().textContent).toBe('Đã mở: A. Đang hiển thị 12/94 đơn vị.');
  });

  it('empties itself before saying the same sentence again', () => {
    render(
      <LiveRegionProvider>
        <Speaker sentences={['Đã thêm A vào so sánh.']} />
      </LiveRegionProvider>,
    );
    for (let round = 0; round < 2; round += 1) {
      act(() => {
        screen.getByText('say').click();
      });
      expect(region().textContent).toBe('');
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(region().textContent).toBe('Đã thêm A vào so sánh.');
    }
  });

  it('says a change of filter, not the page as it opened', () => {
    render(
      <LiveRegionProvider>
        <Filter />
      </LiveRegionProvider>,
    );
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(region().textContent).toBe('');
    act(() => {
      screen.getByText('filter').click();
    });
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(region().textContent).toBe('filter xa');
  });

  it('says nothing, and does not fail, without a provider', () => {
    render(<Speaker sentences={['nobody hears this']} />);
    act(() => {
      screen.getByText('say').click();
    });
    expect(screen.queryByTestId('live-region')).toBeNull();
  });
});
