import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http as rawHttp } from 'msw';
import { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from '@/app/layout';
import { AppProvider } from '@/app/provider';
import { OfflineNotice, UpdateNotice } from '@/app/pwa/app-notices';
import { announceUpdate } from '@/app/pwa/service-worker';
import { isChunkLoadError } from '@/app/route-error';
import { StaleResultsNotice } from '@/components/stale-results-notice';
import { AppRoutes } from '@/app/routes';
import { createQueryClient } from '@/lib/query-client';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

function renderWithProviders(ui: React.ReactNode) {
  return render(
    <AppProvider queryClient={new QueryClient()} mantineEnv="test">
      {ui}
    </AppProvider>,
  );
}

/** The real layout with one screen at `path`, whose code comes from `screen` (a failing download here). */
function AtPath({ path, screen: load }: { path: string; screen: () => Promise<{ default: ComponentType }> }) {
  const Screen = lazy(load);
  return (
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/" element={<Layout />}>
          <Route path={path.slice(1)} element={<Screen />} />
        </Route>
      </Routes>
    </MemoryRouter>
  );
}

afterEach(() => setOnline(true));

describe('offline notice', () => {
  it('says, in the UI language and as a status, that the browser is offline, and goes away when it is back', () => {
    renderWithProviders(<OfflineNotice />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent('Vous êtes hors connexion.');
    setOnline(true);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('is part of the layout', async () => {
    setOnline(false);
    renderApp('/cooperatives');
    expect(await screen.findByRole('heading', { name: 'Annuaire des coopératives' })).toBeInTheDocument();
    expect(screen.getByTestId('offline-notice')).toHaveTextContent('Vous êtes hors connexion.');
  });
});

describe('a screen whose code cannot be fetched', () => {
  const chunkError = new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/events-route-x1.js');

  it('is told from other errors, by the browsers’ messages or by being offline', () => {
    expect(isChunkLoadError(chunkError, true)).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'), true)).toBe(true);
    expect(isChunkLoadError(new Error('boom'), true)).toBe(false);
    expect(isChunkLoadError(new Error('boom'), false)).toBe(true);
  });

  it('shows a translated message with a retry inside the layout (menu kept), never the raw English error', async () => {
    renderWithProviders(<AtPath path="/events" screen={() => Promise.reject(chunkError)} />);
    const alert = await screen.findByTestId('route-error');
    expect(alert).toHaveTextContent("Cette page n'a pas pu être chargée");
    expect(alert).toHaveTextContent('sans connexion');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getAllByRole('navigation', { name: 'Navigation principale' }).length).toBeGreaterThan(0);
    expect(document.body).not.toHaveTextContent(/Failed to fetch|dynamically imported/);
  });

  it('any other failure shows the translated general message, not the error text', async () => {
    renderWithProviders(<AtPath path="/x" screen={() => Promise.reject(new Error('Cannot read properties of undefined'))} />);
    expect(await screen.findByTestId('route-error')).toHaveTextContent("Le serveur n'a pas pu répondre.");
    expect(document.body).not.toHaveTextContent('Cannot read properties');
  });
});

describe('a search offline', () => {
  const data = { items: [], total: 0 };

  it('says the list shown is from an earlier search, naming the new term', () => {
    setOnline(false);
    renderWithProviders(<StaleResultsNotice list={{ data, isPlaceholderData: true, fetchStatus: 'paused' }} term="safran" />);
    expect(screen.getByRole('status')).toHaveTextContent('recherche précédente');
    expect(screen.getByRole('status')).toHaveTextContent('« safran »');
  });

  it('says results answered from the saved copy may be out of date, and says nothing online', () => {
    setOnline(false);
    const { rerender } = renderWithProviders(<StaleResultsNotice list={{ data, fetchStatus: 'idle' }} term="safran" />);
    expect(screen.getByRole('status')).toHaveTextContent('dernière connexion');
    setOnline(true);
    rerender(
      <AppProvider queryClient={new QueryClient()} mantineEnv="test">
        <StaleResultsNotice list={{ data, isPlaceholderData: true }} term="safran" />
      </AppProvider>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('in the directory, the old list is labelled once the new search waits for the network', async () => {
    // The app's own query client: a failed read offline waits for the network instead of failing.
    server.use(
      rawHttp.get('*/api/v1/cooperatives', ({ request }) =>
        new URL(request.url).searchParams.get('q') === 'safran' ? HttpResponse.error() : undefined,
      ),
    );
    const user = userEvent.setup();
    render(
      <AppProvider queryClient={createQueryClient()} mantineEnv="test">
        <MemoryRouter initialEntries={['/cooperatives']}>
          <AppRoutes />
        </MemoryRouter>
      </AppProvider>,
    );
    expect(await screen.findByTestId('result-count')).toBeInTheDocument();
    setOnline(false);
    await user.type(screen.getByRole('searchbox', { name: 'Recherche' }), 'safran');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(screen.getByTestId('stale-results')).toHaveTextContent('« safran »'));
  });
});

describe('a new version', () => {
  it('is announced in the UI language with a reload button that makes it take over', async () => {
    const apply = vi.fn(() => Promise.resolve());
    renderWithProviders(<UpdateNotice />);
    expect(screen.queryByTestId('update-notice')).not.toBeInTheDocument();
    act(() => announceUpdate(apply));
    const notice = await screen.findByTestId('update-notice');
    expect(notice).toHaveRole('status');
    expect(notice).toHaveTextContent('Une nouvelle version de CoopHub est disponible.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Recharger' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
