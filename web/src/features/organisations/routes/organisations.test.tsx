import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { organisation, staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';

describe('partner organisations', () => {
  it('directory: the search and the kind filter go to the URL and to the API', async () => {
    const queries: string[] = [];
    server.use(
      http.get('/api/v1/organisations', ({ request, response }) => {
        queries.push(new URL(request.url).search);
        return response(200).json({ items: [organisation], page: 1, pageSize: 20, total: 1 });
      }),
    );
    const { user, router } = renderApp('/organisations');
    expect(await screen.findByRole('link', { name: 'Programme des Nations unies pour le développement' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Recherche' }), 'الامم');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Bailleur de fonds' }));
    await waitFor(() => expect(router.state.location.search).toContain('kind=donor'));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('الامم');
    await waitFor(() => expect(queries.some((q) => q.includes('kind=donor') && q.includes('q=%D8%A7'))).toBe(true));
  });

  it('directory: an empty result says so', async () => {
    server.use(
      http.get('/api/v1/organisations', ({ response }) => response(200).json({ items: [], page: 1, pageSize: 20, total: 0 })),
    );
    renderApp('/organisations?q=zzz');
    expect(await screen.findByText('Aucune organisation trouvée')).toBeInTheDocument();
  });

  it('create: a possible duplicate (409) lists the candidates, and "add anyway" resends the same body with force=true', async () => {
    signedInAs(staffMe);
    const calls: { force: string | null; body: unknown }[] = [];
    const created = { ...organisation, id: '99999999-9999-9999-9999-999999999999', nameFr: 'PNUD Maroc', acronym: null };
    server.use(
      http.post('/api/v1/organisations', async ({ request, response }) => {
        const force = new URL(request.url).searchParams.get('force');
        calls.push({ force, body: await request.json() });
        if (force !== 'true')
          return response(409).json({
            status: 409,
            title: 'Conflict',
            code: 'organisation.possible_duplicate',
            detail: 'A similar organisation exists in this region.',
            candidates: [organisation],
          });
        return response(201).json(created);
      }),
      http.get('/api/v1/organisations/{id}', () => HttpResponse.json(created, { headers: { ETag: 'W/"1"' } })),
    );
    const { user, router } = renderApp('/organisations/new');
    await user.click(await screen.findByRole('combobox', { name: /Type/ }));
    await user.click(await screen.findByRole('option', { name: 'Bailleur de fonds' }));
    await user.type(screen.getByRole('textbox', { name: 'Nom en français' }), 'PNUD Maroc');
    await user.click(screen.getByRole('button', { name: 'Ajouter une organisation' }));

    const alert = await screen.findByTestId('duplicate-candidates');
    expect(alert).toHaveTextContent('Cette organisation existe peut-être déjà');
    expect(screen.getByRole('link', { name: 'Programme des Nations unies pour le développement' })).toHaveAttribute(
      'href',
      `/organisations/${organisation.id}`,
    );
    expect(router.state.location.pathname).toBe('/organisations/new');

    await user.click(screen.getByRole('button', { name: /l’ajouter quand même/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${created.id}`));
    expect(calls).toHaveLength(2);
    const [first, second] = calls;
    expect(first?.force).toBeNull();
    expect(second?.force).toBe('true');
    expect(second?.body).toEqual(first?.body);
    expect(first?.body).toMatchObject({ kind: 'donor', nameFr: 'PNUD Maroc', regionCode: null });
  });

  it('edit: a 412 says someone else changed the record and offers a reload', async () => {
    signedInAs(staffMe);
    const regional = { ...organisation, regionCode: 'MA-09' };
    let ifMatch: string | null = null;
    server.use(
      http.get('/api/v1/organisations/{id}', () => HttpResponse.json(regional, { headers: { ETag: 'W/"1"' } })),
      http.put('/api/v1/organisations/{id}', ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        return response(412).json({ status: 412, title: 'Precondition Failed', code: 'concurrency.stale' });
      }),
    );
    const { user } = renderApp(`/organisations/${organisation.id}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText("Quelqu'un d'autre a modifié cette fiche : rechargez-la, puis refaites vos modifications."),
    ).toBeInTheDocument();
    expect(ifMatch).toBe('W/"1"');
  });

  it('a national organisation is not editable by regional staff', async () => {
    signedInAs(staffMe);
    server.use(http.get('/api/v1/organisations/{id}', () => HttpResponse.json(organisation, { headers: { ETag: 'W/"1"' } })));
    renderApp(`/organisations/${organisation.id}`);
    expect(await screen.findByRole('heading', { name: 'Programme des Nations unies pour le développement' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifier' })).not.toBeInTheDocument();
  });
});
