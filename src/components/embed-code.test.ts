import { describe, expect, it } from 'vitest';
import { embedHeight, iframeCode } from './embed-code.ts';

describe('iframeCode', () => {
  it('writes one iframe with the address, full width, the height, a title and lazy loading', () => {
    expect(
      iframeCode({
        src: 'https://example.org/?embed=1&figure=ranking',
        title: 'Xếp hạng 94 đơn vị',
        height: 640,
      }),
    ).toBe(
      '<iframe src="https://example.org/?embed=1&amp;figure=ranking" width="100%" height="640" ' +
        'title="Xếp hạng 94 đơn vị" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });

  it('escapes every attribute value, so no value can end the attribute or the element', () => {
    const code = iframeCode({
      src: 'https://example.org/?district="><script>alert(1)</script>',
      title: `Đà Nẵng "A" & <b>'B'</b>`,
      height: 300,
    });
    expect(code).not.toContain('<script>');
    expect(code).toContain('district=&quot;&gt;&lt;script&gt;');
    expect(code).toContain('title="Đà Nẵng &quot;A&quot; &amp; &lt;b&gt;&#39;B&#39;&lt;/b&gt;"');
    // Exactly the attributes written: an injected quote did not open a new one.
    expect(code.match(/"/g)?.length).toBe(12);
  });

  it('keeps the height a whole number of pixels in range', () => {
    expect(embedHeight(412.6)).toBe(413);
    expect(embedHeight(10)).toBe(200);
    expect(embedHeight(1e9)).toBe(4000);
    expect(embedHeight(Number.NaN)).toBe(200);
  });
});
