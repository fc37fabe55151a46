import { catalogues } from '@/app/catalogues';
import { loadCatalogue } from '@/app/catalogue-loader';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n/i18n';

describe('loadCatalogue', () => {
  for (const language of SUPPORTED_LANGUAGES) {
    it(`loads the same ${language} catalogue the app had bundled`, async () => {
      expect(await loadCatalogue(language)).toEqual(catalogues[language]);
    });
  }
});
