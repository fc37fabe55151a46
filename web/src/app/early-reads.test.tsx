import { readFileSync } from 'node:fs';
import { screen, waitFor } from '@testing-library/react';
import { EARLY_ROUTES, routePattern } from '../../build/early-reads';
import { details } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

/** The API reads a page makes when it opens, as paths with their query (the session's own, auth/me, aside). */
function recordReads() {
  const reads: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/v1/auth/')) reads.push(url.pathname + url.search);
  });
  return reads;
}

afterEach(() => server.events.removeAllListeners());

function route(path: string) {
  const found = EARLY_ROUTES.find((r) => r.path === path);
  if (!found) throw new Error(path);
  return found;
}

describe("index.html's early reads (build/early-reads.ts) are the ones the page makes", () => {
  it('the directory', async () => {
    const reads = recordReads();
    renderApp('/cooperatives');
    await screen.findAllByTestId('cooperative-row');
    await waitFor(() => expect([...new Set(reads)].sort()).toEqual([...route('/cooperatives').reads].sort()));
  });

  it('a cooperative', async () => {
    const reads = recordReads();
    renderApp(`/cooperatives/${details.id}`);
    await screen.findByRole('heading', { level: 1 });
    const expected = route('/cooperatives/:id').reads.map((r) => r.replaceAll('{id}', details.id));
    await waitFor(() => expect([...new Set(reads)].sort()).toEqual([...expected].sort()));
  });

  it("match a page's address, not its neighbours'", () => {
    const detail = new RegExp(routePattern(route('/cooperatives/:id')));
    expect(detail.exec('/cooperatives/0f8fad5b-d9cb-469f-a165-70867728950e')?.[1]).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(detail.test('/cooperatives/new')).toBe(false);
    expect(detail.test('/cooperatives/import')).toBe(false);
    expect(detail.test('/cooperatives/x/edit')).toBe(false);
    expect(new RegExp(routePattern(route('/cooperatives'))).test('/cooperatives/')).toBe(true);
    expect(new RegExp(routePattern(route('/calls/:id/apply'))).exec('/calls/abc/apply')?.[1]).toBe('abc');
  });

  it('fetch the catalogues of the features their screen loads with it (routes.tsx)', () => {
    const routes = readFileSync('src/app/routes.tsx', 'utf8');
    for (const early of EARLY_ROUTES) {
      const module = `@/${early.module.replace(/^src\//, '').replace(/\.tsx$/, '')}`;
      expect(routes, early.path).toContain(`import('${module}')`);
      const withFeatures = new RegExp(`import\\('${module}'\\)\\)\\.\\w+, \\[([^\\]]*)\\]\\)`).exec(routes);
      const features = withFeatures ? withFeatures[1]!.split(',').map((f) => f.trim().replaceAll("'", '')) : [];
      expect([...(early.catalogues ?? [])].sort(), early.path).toEqual(features.sort());
    }
  });
});
