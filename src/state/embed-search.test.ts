import { describe, expect, it } from 'vitest';
import { EMBED_SEARCH, embedUrl, fullViewUrl } from './embed-search.ts';

const SITE = 'https://example.org/scorecard/';

describe('embed links', () => {
  it('adds the embed params to the page’s own state and drops the hash', () => {
    expect(embedUrl(`${SITE}?view=ranking&month=2025-09&lang=en#main`, 'heatmap')).toBe(
      `${SITE}?embed=1&figure=heatmap&lang=en&month=2025-09&view=ranking`,
    );
    // A name with URL syntax in it stays one value.
    const odd = new URL(embedUrl(SITE, 'a&b=c d'));
    expect(odd.searchParams.get('figure')).toBe('a&b=c d');
    expect(odd.searchParams.get('b')).toBeNull();
  });

  it('gives the full view of an embed: the same state without embed and figure', () => {
    expect(fullViewUrl(`${SITE}?embed=1&figure=ranking&view=dossiers&chart=rates`)).toBe(
      `${SITE}?chart=rates&view=dossiers`,
    );
    expect(fullViewUrl(`${SITE}?embed=1`)).toBe(SITE);
  });

  it('reads embed mode and the chart asked for', () => {
    const parse = (query: string) => EMBED_SEARCH.parse(new URLSearchParams(query));
    expect(parse('embed=1&figure=heatmap').state).toEqual({ embed: true, figure: 'heatmap' });
    expect(parse('').state).toEqual({ embed: false, figure: null });
    expect(parse('embed=yes').invalid).toEqual([{ name: 'embed', raw: 'yes' }]);
  });
});
