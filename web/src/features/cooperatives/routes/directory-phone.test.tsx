import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { PHONE_QUERY } from '@/components/use-phone';
import { server } from '@/testing/server';
import { http } from '@/testing/http';
import { listItem } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

const desktopMatchMedia = window.matchMedia;

/** A phone: the phone media query matches (every other query keeps its desktop answer). */
function phoneWidth() {
  window.matchMedia = vi.fn().mockImplementation((query: string) => ({
    matches: query === PHONE_QUERY,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }));
}

describe('directory on a phone', () => {
  beforeEach(() => {
    phoneWidth();
    server.use(
      http.get('/api/v1/cooperatives', ({ response }) =>
        response(200).json({ items: [{ ...listItem, status: 'dormant' }], page: 1, pageSize: 20, total: 1 }),
      ),
    );
  });
  afterEach(() => {
    window.matchMedia = desktopMatchMedia;
  });

  it('shows each cooperative as a card with its name, region, sector and status, and no table', async () => {
    renderApp('/cooperatives');
    const card = await screen.findByTestId('cooperative-row');
    expect(card.tagName).toBe('LI');
    expect(screen.getByTestId('cooperative-list')).toHaveAttribute('data-view', 'cards');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const inCard = within(card);
    expect(inCard.getByRole('link', { name: "Coopérative Tifaout d'huile d'argane" })).toBeInTheDocument();
    expect(inCard.getByText('Région')).toBeInTheDocument();
    expect(await inCard.findByText('Souss-Massa')).toBeInTheDocument();
    expect(inCard.getByText('Secteurs')).toBeInTheDocument();
    expect(inCard.getByText('Argan')).toBeInTheDocument();
    expect(inCard.getByText('Statut')).toBeInTheDocument();
    expect(inCard.getByText('En sommeil')).toBeInTheDocument();
  });

  it('keeps the filters in a drawer behind a button that counts the active ones', async () => {
    const { user, router } = renderApp('/cooperatives?region=MA-09&status=dormant&q=argane&sort=-name');
    await screen.findByTestId('cooperative-row');
    // The search stays on the page; the filter selects do not.
    expect(screen.getByRole('searchbox', { name: 'Recherche' })).toHaveValue('argane');
    expect(screen.queryByRole('combobox', { name: 'Région' })).not.toBeInTheDocument();

    // Region and status count; the search text and the sort order do not.
    const button = screen.getByTestId('filters-button');
    expect(screen.getByTestId('filters-count')).toHaveTextContent('2');
    expect(button).toHaveAccessibleName(/Filtres.*Filtres actifs : 2/);

    await user.click(button);
    const drawer = await screen.findByRole('dialog', { name: 'Filtres' });
    await user.click(await within(drawer).findByRole('checkbox', { name: 'Dirigée par des femmes' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('womenLed')).toBe('true'));
    await waitFor(() => expect(screen.getByTestId('filters-count')).toHaveTextContent('3'));

    await user.click(within(drawer).getByRole('button', { name: 'Voir les résultats' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Filtres' })).not.toBeInTheDocument());
  });

  it('shows no count when no filter is set', async () => {
    renderApp('/cooperatives');
    await screen.findByTestId('cooperative-row');
    expect(screen.getByTestId('filters-button')).toHaveAccessibleName('Filtres');
    expect(screen.queryByTestId('filters-count')).not.toBeInTheDocument();
  });
});
