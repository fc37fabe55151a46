import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import {
  executiveBureau,
  listItem,
  network,
  networkBodies,
  networkMember,
  organisation,
  presidentMandate,
  staffMe,
} from '@/testing/fixtures';
import { todayInCasablanca } from '@/lib/i18n/format';
import { http } from '@/testing/http';
import { i18n } from '@/lib/i18n/i18n';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';

/** The network page's reads: the network, its members, bodies, expiring mandates. */
function networkReads() {
  server.use(
    http.get('/api/v1/networks/{id}', () => HttpResponse.json(network, { headers: { ETag: 'W/"2"' } })),
    http.get('/api/v1/networks/{id}/members', ({ response }) => response(200).json([networkMember])),
    http.get('/api/v1/networks/{id}/bodies', ({ response }) => response(200).json(networkBodies)),
    http.get('/api/v1/networks/{id}/mandates/expiring', ({ response }) => response(200).json([])),
  );
}

describe('networks', () => {
  it('directory: filters live in the URL and reach the API; empty result state', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/v1/networks', ({ request, response }) => {
        const q = new URL(request.url).searchParams;
        queries.push(q);
        return q.get('scope') === 'national'
          ? response(200).json({ items: [], page: 1, pageSize: 20, total: 0 })
          : response(200).json({ items: [network], page: 1, pageSize: 20, total: 1 });
      }),
    );
    const { user, router } = renderApp('/networks?region=MA-09');
    expect(await screen.findByRole('link', { name: network.nameFr! })).toBeInTheDocument();
    expect(queries.at(-1)?.get('region')).toBe('MA-09');
    await user.click(screen.getByRole('combobox', { name: 'Portée' }));
    await user.click(await screen.findByRole('option', { name: 'Nationale' }));
    await waitFor(() => expect(router.state.location.search).toContain('scope=national'));
    expect(await screen.findByText('Aucun réseau trouvé')).toBeInTheDocument();
  });

  it('anonymous visitors read the network but see no management actions', async () => {
    networkReads();
    renderApp(`/networks/${network.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: network.nameFr! })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: networkMember.nameFr! })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter un membre' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Modifier' })).not.toBeInTheDocument();
  });

  it('a network officer bound to the network manages it, whatever the region', async () => {
    signedInAs({ ...staffMe, roles: ['network-officer'], regions: [], networks: [network.id] });
    networkReads();
    renderApp(`/networks/${network.id}`);
    expect(await screen.findByRole('button', { name: 'Ajouter un membre' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Modifier' })).toBeInTheDocument();
  });

  it('add member: a cooperative found by search is added with the right request', async () => {
    signedInAs(staffMe);
    networkReads();
    let sent: unknown = null;
    let csrf: string | null = null;
    let searched: string | null = null;
    server.use(
      http.get('/api/v1/cooperatives', ({ request, response }) => {
        searched = new URL(request.url).searchParams.get('q');
        return response(200).json({ items: [listItem], page: 1, pageSize: 10, total: 1 });
      }),
      http.post('/api/v1/networks/{id}/members', async ({ request, params, response }) => {
        expect(params.id).toBe(network.id);
        csrf = request.headers.get('X-CSRF-TOKEN');
        sent = await request.json();
        return response(201).json({
          ...networkMember,
          id: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa',
          memberType: 'cooperative',
          memberId: listItem.id,
        });
      }),
    );
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('searchbox', { name: /Rechercher une coopérative/ }), 'الاركان');
    await user.click(await within(dialog).findByRole('radio', { name: listItem.nameFr ?? '' }));
    const joined = within(dialog).getByLabelText('Adhésion le');
    await user.clear(joined);
    await user.type(joined, '2026-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter un membre' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(searched).toBe('الاركان');
    expect(sent).toEqual({ memberType: 'cooperative', memberId: listItem.id, joinedOn: '2026-01-15' });
    expect(csrf).toBe('csrf-token-1');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('add member: an organisation can be picked instead', async () => {
    signedInAs(staffMe);
    networkReads();
    let sent: { memberType?: string; memberId?: string | null } | null = null;
    server.use(
      http.get('/api/v1/organisations', ({ response }) =>
        response(200).json({ items: [organisation], page: 1, pageSize: 10, total: 1 }),
      ),
      http.post('/api/v1/networks/{id}/members', async ({ request, response }) => {
        sent = (await request.json()) as typeof sent;
        return response(201).json(networkMember);
      }),
    );
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('Organisation'));
    await user.type(within(dialog).getByRole('searchbox', { name: /Rechercher une organisation/ }), 'PNUD');
    await user.click(await within(dialog).findByRole('radio', { name: organisation.nameFr! }));
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter un membre' }));
    await waitFor(() => expect(sent).toMatchObject({ memberType: 'organisation', memberId: organisation.id }));
  });

  it('leave: ends a membership with the date and the reason', async () => {
    signedInAs(staffMe);
    networkReads();
    let sent: unknown = null;
    server.use(
      http.post('/api/v1/networks/{id}/members/{membershipId}/leave', async ({ request, params, response }) => {
        expect(params.membershipId).toBe(networkMember.id);
        sent = await request.json();
        return response(200).json({ ...networkMember, leftOn: '2026-02-01', leaveReason: 'Fusion' });
      }),
    );
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('button', { name: `Mettre fin à l’adhésion de ${networkMember.nameFr}` }));
    const dialog = await screen.findByRole('dialog');
    const leftOn = within(dialog).getByLabelText(/Départ le/);
    await user.clear(leftOn);
    await user.type(leftOn, '2026-02-01');
    await user.type(within(dialog).getByRole('textbox', { name: /Motif du départ/ }), 'Fusion');
    await user.click(within(dialog).getByRole('button', { name: 'Mettre fin à l’adhésion' }));
    await waitFor(() => expect(sent).toEqual({ leftOn: '2026-02-01', reason: 'Fusion' }));
  });

  it('bodies in Arabic: a French purpose is marked "بالفرنسية", the Arabic body name is not', async () => {
    await i18n.changeLanguage('ar');
    try {
      networkReads();
      server.use(
        http.get('/api/v1/networks/{id}/bodies', ({ response }) =>
          response(200).json([
            { ...executiveBureau, purpose: 'Suivi des projets communs' },
            { ...executiveBureau, id: '77777777-7777-7777-7777-777777777778', kind: 'workingBody', nameAr: null, nameFr: 'Commission export', purpose: 'تتبع المشاريع' },
          ]),
        ),
      );
      const { user } = renderApp(`/networks/${network.id}`);
      await user.click(await screen.findByRole('tab', { name: 'الهيئات والمهام' }));
      const [bureau, commission] = await screen.findAllByTestId('network-body');
      expect(within(bureau!).getByRole('heading', { level: 3 })).toHaveTextContent(/^المكتب التنفيذي$/);
      expect(within(bureau!).getByText('Suivi des projets communs')).toHaveAttribute('lang', 'fr');
      expect(within(bureau!).getAllByTitle('النص بالفرنسية، غير متوفر بالعربية')).toHaveLength(1);
      expect(within(commission!).getByRole('heading', { level: 3, name: 'Commission export (النص بالفرنسية، غير متوفر بالعربية)' })).toBeInTheDocument();
      expect(within(commission!).getByText('تتبع المشاريع').closest('span[lang]')).toBeNull();
    } finally {
      await i18n.changeLanguage('fr');
    }
  });

  it('bodies: the current president is highlighted and terms ending soon are warned', async () => {
    networkReads();
    const coordinator = {
      ...presidentMandate,
      id: 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb',
      role: 'coordinator' as const,
      termEnd: '2026-12-31',
    };
    server.use(
      http.get('/api/v1/networks/{id}/bodies', ({ response }) =>
        response(200).json([{ ...executiveBureau, mandates: [presidentMandate, coordinator] }]),
      ),
      http.get('/api/v1/networks/{id}/mandates/expiring', ({ request, response }) => {
        expect(new URL(request.url).searchParams.get('within')).toBe('90');
        return response(200).json([coordinator]);
      }),
    );
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Instances et mandats' }));
    expect(await screen.findByTestId('current-president')).toHaveTextContent('Président(e) en exercice');
    expect(screen.getByTestId('expiring-mandates')).toHaveTextContent('Mandats qui prennent fin dans les 90 jours');
    expect(screen.getByText('Mandat bientôt échu')).toBeInTheDocument();
  });

  it('end mandate: sends the last day with the CSRF header and shows the server error on the date field', async () => {
    signedInAs(staffMe);
    networkReads();
    const sent: unknown[] = [];
    const csrf: (string | null)[] = [];
    server.use(
      http.post('/api/v1/networks/{id}/mandates/{mandateId}/end', async ({ request, params, response }) => {
        expect(params.id).toBe(network.id);
        expect(params.mandateId).toBe(presidentMandate.id);
        csrf.push(request.headers.get('X-CSRF-TOKEN'));
        const body = (await request.json()) as { endedOn?: string | null };
        sent.push(body);
        if (body.endedOn === '2025-01-01') {
          return response(400).json({
            status: 400,
            title: 'One or more validation errors occurred.',
            code: 'validation',
            errors: { endedOn: ['The mandate started on 2025-11-07; it cannot end before.'] },
          });
        }
        return response(200).json({ ...presidentMandate, termEnd: body.endedOn!, current: false });
      }),
    );
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Instances et mandats' }));
    await user.click(
      await screen.findByRole('button', { name: `Mettre fin au mandat — Président(e), ${networkMember.nameFr}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Mettre fin au mandat de ${networkMember.nameFr}` });
    const date = within(dialog).getByLabelText(/Dernier jour du mandat/);
    expect(date).toHaveValue(todayInCasablanca());
    await user.clear(date);
    await user.type(date, '2025-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Mettre fin au mandat' }));
    await waitFor(() => expect(date).toHaveAccessibleDescription(expect.stringContaining('it cannot end before')));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(date);
    await user.type(date, '2026-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Mettre fin au mandat' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent).toEqual([{ endedOn: '2025-01-01' }, { endedOn: '2026-03-31' }]);
    expect(csrf).toEqual(['csrf-token-1', 'csrf-token-1']);
  });

  it('end mandate: hidden from those who may not manage the network', async () => {
    signedInAs({ ...staffMe, regions: ['MA-02'] });
    networkReads();
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Instances et mandats' }));
    expect(await screen.findByTestId('current-president')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mettre fin au mandat/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nommer' })).not.toBeInTheDocument();
  });

  it('appoint: an overlapping president (409) names the conflicting mandate, which can be ended from there', async () => {
    signedInAs(staffMe);
    networkReads();
    // The server names the president in the problem, whoever the bodies list shows.
    const conflicting = {
      ...presidentMandate,
      id: 'eeeeeeee-eeee-eeee-eeee-eeeeeeeeeeee',
      holderNameAr: 'تعاونية النور',
      holderNameFr: 'Coopérative Annour',
      termStart: '2025-09-01',
      termEnd: '2028-08-31',
    };
    const sent: unknown[] = [];
    let ended: { mandateId?: string; body?: unknown } = {};
    server.use(
      http.post('/api/v1/networks/{id}/bodies/{bodyId}/mandates', async ({ request, params, response }) => {
        expect(params.bodyId).toBe(executiveBureau.id);
        const body = (await request.json()) as { termStart?: string | null };
        sent.push(body);
        if (sent.length === 1) {
          return response(409).json({
            status: 409,
            title: 'Conflict',
            code: 'network.president_overlap',
            detail: 'The network already has a president from 2025-09-01 to 2028-08-31; a network has one president at a time.',
            conflictingMandate: conflicting,
          });
        }
        return response(201).json({ ...presidentMandate, id: 'ffffffff-ffff-ffff-ffff-ffffffffffff', termStart: body.termStart! });
      }),
      http.post('/api/v1/networks/{id}/mandates/{mandateId}/end', async ({ request, params, response }) => {
        ended = { mandateId: params.mandateId, body: await request.json() };
        return response(200).json({ ...conflicting, termEnd: '2026-05-31' });
      }),
    );
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Instances et mandats' }));
    await user.click(await screen.findByRole('button', { name: 'Nommer' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /^Membre/ }));
    await user.click(await screen.findByRole('option', { name: networkMember.nameFr! }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Fonction/ }));
    await user.click(await screen.findByRole('option', { name: 'Président(e)' }));
    const start = within(dialog).getByLabelText(/Début du mandat/);
    await user.clear(start);
    await user.type(start, '2026-05-01');
    await user.type(within(dialog).getByLabelText(/Fin du mandat/), '2029-05-31');
    await user.click(within(dialog).getByRole('button', { name: 'Nommer' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Le réseau a déjà un(e) président(e)');
    expect(alert).toHaveTextContent('Coopérative Annour est président(e) du');
    expect(alert).toHaveTextContent('un réseau n’a qu’un(e) président(e) à la fois');
    expect(sent[0]).toEqual({
      membershipId: networkMember.id,
      role: 'president',
      title: null,
      termStart: '2026-05-01',
      termEnd: '2029-05-31',
    });

    await user.click(within(alert).getByRole('button', { name: 'Mettre fin à ce mandat' }));
    const endDialog = await screen.findByRole('dialog', { name: 'Mettre fin au mandat de Coopérative Annour' });
    const date = within(endDialog).getByLabelText(/Dernier jour du mandat/);
    await user.clear(date);
    await user.type(date, '2026-05-31');
    await user.click(within(endDialog).getByRole('button', { name: 'Mettre fin au mandat' }));
    await waitFor(() => expect(endDialog).not.toBeInTheDocument());
    expect(ended).toEqual({ mandateId: conflicting.id, body: { endedOn: '2026-05-31' } });

    // The refusal is gone and the new term now starts the day after.
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Le mandat de Coopérative Annour prend fin le');
    expect(within(dialog).getByLabelText(/Début du mandat/)).toHaveValue('2026-06-01');
    await user.click(within(dialog).getByRole('button', { name: 'Nommer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent[1]).toMatchObject({ role: 'president', termStart: '2026-06-01', termEnd: '2029-05-31' });
  });

  it('impact: records a dated assessment with its indicators, and explains a second one on the same date (409)', async () => {
    signedInAs(staffMe);
    networkReads();
    const project = {
      id: 'cccccccc-cccc-cccc-cccc-cccccccccccc',
      title: 'Valorisation de la pêche artisanale',
      memberships: [],
      status: 'ongoing' as const,
    };
    const sent: unknown[] = [];
    server.use(
      http.get('/api/v1/networks/{id}/projects', ({ response }) => response(200).json([project])),
      http.get('/api/v1/networks/{id}/impact', ({ response }) =>
        response(200).json({
          projects: [
            {
              projectId: project.id,
              title: project.title,
              assessments: [
                { id: 'dddddddd-dddd-dddd-dddd-dddddddddddd', assessedOn: '2026-04-30', jobs: 3, environmental: [] },
              ],
            },
          ],
        }),
      ),
      http.post('/api/v1/networks/{id}/projects/{projectId}/assessments', async ({ request, params, response }) => {
        expect(params.projectId).toBe(project.id);
        sent.push(await request.json());
        return response(409).json({
          status: 409,
          title: 'Conflict',
          code: 'network.assessment_exists',
          detail: 'This project already has an assessment dated 2026-04-30.',
        });
      }),
    );
    const { user } = renderApp(`/networks/${network.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Projets et impact' }));
    expect(await screen.findByRole('table')).toHaveTextContent('Valorisation de la pêche artisanale');
    await user.click(await screen.findByRole('button', { name: `Enregistrer une évaluation — ${project.title}` }));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByLabelText(/Évalué le/);
    await user.clear(date);
    await user.type(date, '2026-04-30');
    await user.type(within(dialog).getByRole('textbox', { name: 'Emplois' }), '7');
    await user.type(within(dialog).getByRole('textbox', { name: 'Chiffre d’affaires (MAD)' }), '46500');
    await user.click(within(dialog).getByRole('button', { name: 'Ajouter un indicateur' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Indicateur' }), 'Déchets collectés');
    await user.type(within(dialog).getByRole('textbox', { name: 'Valeur' }), '245');
    await user.type(within(dialog).getByRole('textbox', { name: 'Unité' }), 'kg');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer une évaluation' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ce projet a déjà une évaluation à cette date.');
    expect(sent).toEqual([
      {
        assessedOn: '2026-04-30',
        jobs: 7,
        womenInvolved: null,
        youthInvolved: null,
        revenue: 46500,
        investment: null,
        environmental: [{ name: 'Déchets collectés', value: 245, unit: 'kg' }],
        note: null,
      },
    ]);
  });

  it('create: the scope rules are checked by the server and each message is shown on its field', async () => {
    signedInAs(staffMe);
    let sent: Record<string, unknown> | null = null;
    server.use(
      http.post('/api/v1/networks', async ({ request, response }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return response(400).json({
          status: 400,
          title: 'One or more validation errors occurred.',
          code: 'validation',
          errors: {
            provinceCode: ['A local or provincial network needs its province.'],
            nameAr: ['Give the name in Arabic or in French (at least one).'],
          },
        });
      }),
    );
    const { user } = renderApp('/networks/new');
    await user.click(await screen.findByRole('combobox', { name: /Portée/ }));
    await user.click(await screen.findByRole('option', { name: 'Provinciale' }));
    await user.click(screen.getByRole('combobox', { name: /Région/ }));
    await user.click(await screen.findByRole('option', { name: 'Souss-Massa' }));
    await user.click(screen.getByRole('button', { name: 'Créer un réseau' }));

    const province = screen.getByRole('combobox', { name: /Province/ });
    await waitFor(() => expect(province).toHaveAccessibleDescription(expect.stringContaining('needs its province')));
    expect(screen.getByRole('textbox', { name: 'Nom en arabe' })).toHaveAccessibleDescription(
      expect.stringContaining('Give the name in Arabic or in French'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger');
    expect(sent).toMatchObject({ kind: 'network', scope: 'provincial', regionCode: 'MA-09', provinceCode: null, status: 'active' });
  });

  it('regional staff of another region cannot manage the network', async () => {
    signedInAs({ ...staffMe, regions: ['MA-02'] });
    networkReads();
    renderApp(`/networks/${network.id}`);
    expect(await screen.findByRole('link', { name: networkMember.nameFr! })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter un membre' })).not.toBeInTheDocument();
  });
});
