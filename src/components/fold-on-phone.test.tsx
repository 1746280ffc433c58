// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FoldOnPhone } from './fold-on-phone.tsx';

function onScreen(narrow: boolean) {
  vi.stubGlobal('matchMedia', () => ({
    matches: narrow,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fold(label: string) {
  return (
    <FoldOnPhone summary="Bộ lọc">
      <label>
        {label} <select />
      </label>
    </FoldOnPhone>
  );
}

describe('FoldOnPhone', () => {
  it('is open on a wide screen', () => {
    onScreen(false);
    render(fold('Loại đơn vị'));
    expect(screen.getByText('Bộ lọc').closest('details')?.open).toBe(true);
  });

  it('is folded on a phone, and stays open once the reader opens it', () => {
    onScreen(true);
    const { rerender } = render(fold('Loại đơn vị'));
    const details = screen.getByText('Bộ lọc').closest('details');
    if (details === null) throw new Error('no details');
    expect(details.open).toBe(false);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    // A new render (the page's state changed) keeps the reader's choice.
    rerender(fold('Type'));
    expect(details.open).toBe(true);
  });
});
