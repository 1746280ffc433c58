import { describe, expect, it } from 'vitest';
import { COMMUNE_SEARCH, DOSSIER_SEARCH, PETITION_SEARCH, RANKING_SEARCH } from './page-search.ts';
import { GLOBAL_SEARCH, nextSearch } from './route.ts';

describe('what survives a page switch (nextSearch)', () => {
  it('keeps a page’s own params while the user stays on the page', () => {
    expect(
      nextSearch('?lang=en&sort=climb&type=xa', {
        patch: RANKING_SEARCH.write({ month: '2025-09' }),
      }),
    ).toBe('?lang=en&month=2025-09&sort=climb&type=xa');
    // A link to the same page is a change on it, too.
    expect(
      nextSearch(
        '?code=20364&lang=en&month=2025-07&rate=press&view=dossiers',
        DOSSIER_SEARCH.to({
          month: '2025-09',
        }),
      ),
    ).toBe('?code=20364&lang=en&month=2025-09&rate=press&view=dossiers');
  });

  it('drops page-local params on a nav switch and keeps lang', () => {
    expect(nextSearch('?code=20364&lang=en&view=commune', { view: 'dossiers' })).toBe(
      '?lang=en&view=dossiers',
    );
    expect(nextSearch('?lang=en&sort=climb&type=xa', { view: 'petitions' })).toBe(
      '?lang=en&view=petitions',
    );
    // The ranking is the default page: no `view` at all.
    expect(nextSearch('?month=2025-07&rate=press&view=dossiers', { view: 'ranking' })).toBe('');
  });

  it('carries only the target page’s params into another page', () => {
    expect(
      nextSearch(
        '?lang=en&month=2025-09&sort=climb&unit=20242',
        COMMUNE_SEARCH.to({ code: '20364' }),
      ),
    ).toBe('?code=20364&lang=en&view=commune');
    expect(nextSearch('?code=20364&view=commune', DOSSIER_SEARCH.to({ code: '20364' }))).toBe(
      '?code=20364&view=dossiers',
    );
    expect(nextSearch('?code=20364&view=commune', PETITION_SEARCH.to())).toBe('?view=petitions');
  });

  it('keeps the page when only a global param changes', () => {
    expect(
      nextSearch('?code=20364&view=commune', { patch: GLOBAL_SEARCH.write({ lang: 'en' }) }),
    ).toBe('?code=20364&lang=en&view=commune');
    expect(
      nextSearch('?lang=en&view=commune', { patch: GLOBAL_SEARCH.write({ lang: 'vi' }) }),
    ).toBe('?view=commune');
  });

  it('applies the rule however the page change is written', () => {
    // A patch that changes `view` itself still leaves the old page's params behind.
    expect(
      nextSearch('?code=20364&lang=en&view=commune', {
        patch: GLOBAL_SEARCH.write({ view: 'methodology' }),
      }),
    ).toBe('?lang=en&view=methodology');
  });
});
