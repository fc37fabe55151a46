import { screen, waitFor } from '@testing-library/react';
import { catalogues } from '@/app/catalogues';
import { i18n } from '@/lib/i18n/i18n';
import { renderApp } from '@/testing/render';

const description = () => document.querySelector('meta[name="description"]')?.getAttribute('content');

afterEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('page title and description', () => {
  it("name the page by its heading and describe its section, in the page's language", async () => {
    renderApp('/cooperatives');
    expect(await screen.findByRole('heading', { level: 1, name: 'Annuaire des coopératives' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Annuaire des coopératives · CoopHub'));
    expect(description()).toBe(catalogues.fr.meta.description.cooperatives);
    expect(description()).toMatch(/^Annuaire des coopératives du Maroc/);

    await i18n.changeLanguage('ar');
    await waitFor(() => expect(document.title).toBe('دليل التعاونيات · كوب هب'));
    expect(description()).toBe(catalogues.ar.meta.description.cooperatives);
  });

  it('describe a page outside the public sections with the general description', async () => {
    renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(description()).toBe(catalogues.fr.meta.description.default));
    // The title follows the heading on the next frame (page-meta.tsx looks once per frame).
    await waitFor(() => expect(document.title).toMatch(/ · CoopHub$/));
  });
});
