import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppProvider } from '@/app/provider';
import { RouteBoundary } from '@/app/route-error';
import { AppRoutes } from '@/app/routes';

/** Where the app is, for tests that check the address (the search params a filter wrote). */
function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  onChange(useLocation());
  return null;
}

/** Renders the whole app (real routes and providers) at a URL; the network is msw. */
export function renderApp(url: string) {
  const router = { state: { location: null as unknown as Location } };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient} mantineEnv="test">
      <MemoryRouter initialEntries={[url]}>
        <RouteBoundary resetKey="app">
          <AppRoutes />
        </RouteBoundary>
        <LocationProbe onChange={(location) => (router.state.location = location)} />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...result, router, user, queryClient };
}
