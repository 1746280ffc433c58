import { describe, expect, it } from 'vitest';
import { chooseFigure } from './embed-figures.ts';

describe('chooseFigure', () => {
  const charts = ['rank-change', 'ranking'];
  it('shows the chart asked for as soon as the page has it', () => {
    expect(chooseFigure('ranking', charts, false)).toEqual({ figure: 'ranking', missing: false });
  });
  it('waits for the page to settle before choosing the default or reporting a missing chart', () => {
    expect(chooseFigure(null, charts, false)).toEqual({ figure: null, missing: false });
    expect(chooseFigure('nope', charts, false)).toEqual({ figure: null, missing: false });
    expect(chooseFigure(null, charts, true)).toEqual({ figure: 'rank-change', missing: false });
    expect(chooseFigure('nope', charts, true)).toEqual({ figure: 'rank-change', missing: true });
    expect(chooseFigure('nope', [], true)).toEqual({ figure: null, missing: true });
  });
});
