import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18n from 'i18next';
import { catalogues } from '@/app/catalogues';
import { coreCatalogueUrls, featureCatalogueUrls, loadCatalogue, loadFeatureCatalogues, withCatalogues } from '@/app/catalogue-loader';
import { coreCatalogues } from '@/lib/i18n/core-catalogues';
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

/** i18next as a first visit leaves it: every language with its core catalogue only (this file's modules are its own). */
function coreOnly() {
  for (const language of SUPPORTED_LANGUAGES) {
    i18n.removeResourceBundle(language, 'translation');
    i18n.addResourceBundle(language, 'translation', coreCatalogues[language]);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.__coophubEarly;
});

describe('loadCatalogue', () => {
  for (const language of SUPPORTED_LANGUAGES) {
    it(`loads the ${language} core catalogue from that one file, and no feature's`, async () => {
      const requested = serveFromSources();
      expect(await loadCatalogue(language)).toEqual(coreCatalogues[language]);
      expect(requested).toEqual([coreCatalogueUrls[language]]);
    });
  }

  it('takes the file index.html started fetching early, without asking again', async () => {
    const requested = serveFromSources();
    window.__coophubEarly = { [coreCatalogueUrls.ar]: fetch(coreCatalogueUrls.ar) };
    requested.length = 0;

    expect(await loadCatalogue('ar')).toEqual(coreCatalogues.ar);
    expect(requested).toEqual([]);
    expect(window.__coophubEarly).toEqual({});
  });
});

describe("a feature's catalogue", () => {
  it('comes with the first screen that speaks with it, in the current language, once', async () => {
    coreOnly();
    await i18n.changeLanguage('ar');
    const requested = serveFromSources();
    expect(i18n.exists('events.subscribe')).toBe(false);

    const screen = await withCatalogues(['events'], async () => 'the events screen');

    expect(screen).toBe('the events screen');
    expect(requested).toEqual([featureCatalogueUrls.events.ar]);
    expect(i18n.t('events.subscribe')).toBe(catalogues.ar.events.subscribe);
    expect(i18n.t('nav.directory')).toBe(coreCatalogues.ar.nav.directory);
    await loadFeatureCatalogues(['events']);
    expect(requested).toHaveLength(1);
  });

  it('is part of the next language as soon as one of its screens has shown', async () => {
    const requested = serveFromSources();
    await loadFeatureCatalogues(['bank']);
    requested.length = 0;

    const french = await loadCatalogue('fr');

    expect(requested.sort()).toEqual([coreCatalogueUrls.fr, featureCatalogueUrls.bank.fr, featureCatalogueUrls.events.fr].sort());
    expect(french).toEqual({ ...coreCatalogues.fr, events: catalogues.fr.events, bank: catalogues.fr.bank });
  });

  it('that cannot be had fails the screen (its error says so), it does not show keys', async () => {
    coreOnly();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(withCatalogues(['claims'], async () => 'the claim screen')).rejects.toThrow('Failed to fetch');
  });
});
