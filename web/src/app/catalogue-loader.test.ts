import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogues } from '@/app/catalogues';
import { catalogueUrls, loadCatalogue } from '@/app/catalogue-loader';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n/i18n';

// The files as the server would send them: the test serves each URL from the source tree (Vite names them by path
// from the project's root, where the tests run).
function serveFromSources() {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    requested.push(input);
    return new Response(readFileSync(resolve(input.replace(/^\//, ''))), { status: 200 });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.__coophubEarly;
});

describe('loadCatalogue', () => {
  for (const language of SUPPORTED_LANGUAGES) {
    it(`loads the same ${language} catalogue the tests have bundled, from that language's files only`, async () => {
      const requested = serveFromSources();
      expect(await loadCatalogue(language)).toEqual(catalogues[language]);
      expect(requested).toHaveLength(catalogueUrls[language].length);
      expect(requested.every((url) => url.includes(`/${language}.json`))).toBe(true);
    });
  }

  it('takes the files index.html started fetching early, without asking again', async () => {
    const requested = serveFromSources();
    window.__coophubEarly = {};
    for (const url of catalogueUrls.ar) window.__coophubEarly[url] = fetch(url);
    requested.length = 0;

    expect(await loadCatalogue('ar')).toEqual(catalogues.ar);
    expect(requested).toEqual([]);
    expect(window.__coophubEarly).toEqual({});
  });
});
