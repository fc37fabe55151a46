import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { event } from '@/testing/event-fixtures';
import { idea } from '@/testing/bank-fixtures';
import { listItem, network, organisation } from '@/testing/fixtures';
import { call, program } from '@/testing/program-fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { API_READS_CACHE } from '@/lib/offline/cached-reads';
import { SAVED_COPY_HEADER } from '@/lib/offline/saved-copy';
import { noteWrite } from '@/lib/api/fresh-after-write';

/**
 * Coming back to the directory on a weak link: when the server is slow to answer, the list the service worker saved
 * at the last visit shows, marked as a saved copy, and the answer replaces it when it comes (lib/offline/saved-copy.ts).
 */
const saved = { ...listItem, id: '99999999-9999-9999-9999-999999999999', nameFr: 'Coopérative Ancienne copie', nameAr: 'تعاونية النسخة القديمة' };
const fresh = { ...listItem, nameFr: 'Coopérative Réponse fraîche', nameAr: 'تعاونية الجواب الجديد' };

function workerWithSavedCopy(controlled = true, path = '/api/v1/cooperatives', items: unknown[] = [saved]) {
  const match = vi.fn(async (request: Request, options?: { cacheName?: string }) => {
    expect(options?.cacheName).toBe(API_READS_CACHE);
    // The copy was saved for this very request: the same URL, in the language asked for.
    expect(new URL(request.url).pathname).toBe(path);
    expect(request.headers.get('Accept-Language')).toBe('fr');
    return new Response(JSON.stringify({ items, page: 1, pageSize: 20, total: 1 }), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('caches', { match });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: controlled ? {} : null } });
  return match;
}

type ListPath = '/api/v1/cooperatives' | '/api/v1/calls' | '/api/v1/events' | '/api/v1/ideas' | '/api/v1/networks' | '/api/v1/programs' | '/api/v1/organisations';

/** The server answers a list read only when the test says so (a slow link); the answer is `items`. */
function slowServer(path: ListPath = '/api/v1/cooperatives', items: unknown[] = [fresh]) {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  server.use(
    http.get(path, async () => {
      await answered;
      return Response.json({ items, page: 1, pageSize: 20, total: 1 });
    }),
  );
  return answer;
}

/** The worker first answers the directory from its cache (past its timeout, marked so), then the server answers `items`. */
function copyThenServer(items: unknown[]) {
  const seen = { calls: 0 };
  server.use(
    http.get('/api/v1/cooperatives', () => {
      seen.calls += 1;
      const marked = seen.calls === 1 ? { headers: { [SAVED_COPY_HEADER]: '1' } } : undefined;
      return Response.json({ items: seen.calls === 1 ? [saved] : items, page: 1, pageSize: 20, total: 1 }, marked);
    }),
  );
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

test('when the answer is slow, the saved list shows, said to be the saved copy, and the answer replaces it', async () => {
  const match = workerWithSavedCopy();
  const answer = slowServer();
  renderApp('/cooperatives');

  // Not at once: a good connection answers within a second, and the list would flash from the old copy to the answer.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(screen.queryByRole('link', { name: 'Coopérative Ancienne copie' })).not.toBeInTheDocument();
  expect(await screen.findByRole('link', { name: 'Coopérative Ancienne copie' }, { timeout: 10_000 })).toBeInTheDocument();
  expect(screen.getByTestId('saved-copy')).toHaveTextContent('Cette liste est celle enregistrée sur ce téléphone lors de votre dernière visite');
  expect(match).toHaveBeenCalledTimes(1);

  answer();
  expect(await screen.findByRole('link', { name: 'Coopérative Réponse fraîche' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Coopérative Ancienne copie' })).not.toBeInTheDocument();
  await waitFor(() => expect(screen.queryByTestId('saved-copy')).not.toBeInTheDocument());
});

test('an answer that comes first is shown alone: the saved copy never replaces it', async () => {
  const match = workerWithSavedCopy();
  server.use(
    http.get('/api/v1/cooperatives', ({ response }) => response(200).json({ items: [fresh], page: 1, pageSize: 20, total: 1 })),
  );
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  match.mockImplementationOnce(async () => {
    await held;
    return new Response(JSON.stringify({ items: [saved], page: 1, pageSize: 20, total: 1 }));
  });
  renderApp('/cooperatives');

  expect(await screen.findByRole('link', { name: 'Coopérative Réponse fraîche' })).toBeInTheDocument();
  release();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByRole('link', { name: 'Coopérative Ancienne copie' })).not.toBeInTheDocument();
  expect(screen.queryByTestId('saved-copy')).not.toBeInTheDocument();
});

test('before the service worker controls the page (a first visit), nothing saved is read', async () => {
  const match = workerWithSavedCopy(false);
  const answer = slowServer();
  renderApp('/cooperatives');
  expect(await screen.findByText('Chargement…')).toBeInTheDocument();
  answer();
  expect(await screen.findByRole('link', { name: 'Coopérative Réponse fraîche' })).toBeInTheDocument();
  expect(match).not.toHaveBeenCalled();
});

test("when what comes is the worker's copy (its network timeout), the list says it could not be updated, and a retry brings the answer", async () => {
  workerWithSavedCopy();
  const answers = copyThenServer([fresh]);
  const { user } = renderApp('/cooperatives');

  expect(await screen.findByRole('link', { name: 'Coopérative Ancienne copie' })).toBeInTheDocument();
  const notice = await screen.findByTestId('saved-copy');
  await waitFor(() => expect(notice).toHaveTextContent("la connexion est trop lente, elle n'a pas été mise à jour"));
  await user.click(within(notice).getByRole('button', { name: 'Réessayer' }));

  expect(await screen.findByRole('link', { name: 'Coopérative Réponse fraîche' })).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByTestId('saved-copy')).not.toBeInTheDocument());
  expect(answers.calls).toBe(2);
});

test('a retry whose answer equals the saved copy still clears the notice (the list is now the answer)', async () => {
  workerWithSavedCopy();
  const answers = copyThenServer([saved]);
  const { user } = renderApp('/cooperatives');
  const notice = await screen.findByTestId('saved-copy');
  await user.click(await within(notice).findByRole('button', { name: 'Réessayer' }));
  await waitFor(() => expect(answers.calls).toBe(2));
  await waitFor(() => expect(screen.queryByTestId('saved-copy')).not.toBeInTheDocument());
  expect(screen.getByRole('link', { name: 'Coopérative Ancienne copie' })).toBeInTheDocument();
});

test('right after her own change, the list asks the server for a fresh answer and never shows the saved copy', async () => {
  const match = workerWithSavedCopy();
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const asked: (string | null)[] = [];
  server.use(
    http.get('/api/v1/cooperatives', async ({ request }) => {
      asked.push(request.headers.get('X-CoopHub-Fresh'));
      await answered;
      return Response.json({ items: [fresh], page: 1, pageSize: 20, total: 1 });
    }),
  );
  noteWrite();
  renderApp('/cooperatives');

  // The read is out (the copy would have been looked up beside it, at once).
  await waitFor(() => expect(asked).toEqual(['1']));
  expect(match).not.toHaveBeenCalled();
  answer();
  expect(await screen.findByRole('link', { name: 'Coopérative Réponse fraîche' })).toBeInTheDocument();
  expect(screen.queryByTestId('saved-copy')).not.toBeInTheDocument();
});

// The calls she applies to, the events she registers for, the bank of ideas, the networks, the programs and the
// organisations read the same way.
describe.each([
  {
    page: '/calls',
    path: '/api/v1/calls' as const,
    item: (title: string) => ({ ...call, titleFr: title, titleAr: title }),
  },
  {
    page: '/events',
    path: '/api/v1/events' as const,
    item: (title: string) => ({ ...event, titleFr: title, titleAr: title }),
  },
  {
    page: '/ideas',
    path: '/api/v1/ideas' as const,
    item: (title: string) => ({ ...idea, titleFr: title, titleAr: title }),
  },
  {
    page: '/networks',
    path: '/api/v1/networks' as const,
    item: (name: string) => ({ ...network, nameFr: name, nameAr: name }),
  },
  {
    page: '/programs',
    path: '/api/v1/programs' as const,
    item: (name: string) => ({ ...program, nameFr: name, nameAr: name }),
  },
  {
    page: '/organisations',
    path: '/api/v1/organisations' as const,
    item: (name: string) => ({ ...organisation, nameFr: name, nameAr: name }),
  },
])('$page', ({ page, path, item }) => {
  test('when the answer is slow, the saved list shows with the notice, and the answer replaces it', async () => {
    workerWithSavedCopy(true, path, [item('Liste enregistrée')]);
    const answer = slowServer(path, [item('Réponse du serveur')]);
    renderApp(page);

    expect((await screen.findAllByText('Liste enregistrée', {}, { timeout: 10_000 }))[0]).toBeInTheDocument();
    expect(screen.getByTestId('saved-copy')).toHaveTextContent('Cette liste est celle enregistrée sur ce téléphone');
    answer();
    expect((await screen.findAllByText('Réponse du serveur'))[0]).toBeInTheDocument();
    expect(screen.queryByText('Liste enregistrée')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('saved-copy')).not.toBeInTheDocument());
  });
});
