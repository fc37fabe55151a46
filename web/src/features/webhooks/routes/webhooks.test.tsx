import { screen, waitFor, within } from '@testing-library/react';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { DeliveryDetails, WebhookDetails } from '@/lib/api/schema-types';

const adminMe = { ...staffMe, name: 'Admin', roles: ['admin'], regions: ['national'] };

const hook: WebhookDetails = {
  id: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa',
  url: 'https://partner.example.org/hooks',
  eventTypes: ['idea.published'],
  regionCode: 'MA-09',
  description: 'Portail du partenaire',
  active: true,
  createdAt: '2026-01-10T09:00:00Z',
};

const dead: DeliveryDetails = {
  id: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
  eventType: 'idea.published',
  status: 'dead',
  attempts: 8,
  nextAttemptAt: '2026-01-11T09:00:00Z',
  lastStatusCode: 500,
  lastError: 'Internal Server Error',
  createdAt: '2026-01-10T10:00:00Z',
  deliveredAt: null,
  payload: '{"type":"idea.published","timestamp":"2026-01-10T10:00:00Z","data":{"ideaId":"i-42"}}',
};

describe('webhooks (administrators)', () => {
  it('creating a subscription shows the signing secret once, then the list has it without the secret', async () => {
    signedInAs(adminMe);
    const list: WebhookDetails[] = [];
    const bodies: unknown[] = [];
    const secret = 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0';
    server.use(
      http.get('/api/v1/webhooks', ({ response }) => response(200).json(list)),
      http.post('/api/v1/webhooks', async ({ request, response }) => {
        const body = await request.json();
        bodies.push(body);
        list.push({ ...hook, regionCode: null, description: null });
        return response(201).json({ webhook: list[0]!, secret });
      }),
    );
    const { user } = renderApp('/admin/webhooks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
    expect(await screen.findByText("Aucun abonnement pour l'instant.")).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /URL de livraison/ }), 'https://partner.example.org/hooks');
    await user.click(screen.getByRole('checkbox', { name: 'Idée publiée' }));
    await user.click(screen.getByRole('button', { name: "Créer l'abonnement" }));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent(secret);
    expect(screen.getByText(/section « For integrators »/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copier' })).toBeInTheDocument();
    expect(bodies).toEqual([
      { url: 'https://partner.example.org/hooks', eventTypes: ['idea.published'], regionCode: null, description: null },
    ]);

    const table = await screen.findByRole('table', { name: 'Abonnements webhook' });
    expect(within(table).getByText('https://partner.example.org/hooks')).toBeInTheDocument();
    expect(within(table).getByText('Idée publiée')).toBeInTheDocument();
    expect(within(table).getByText('Toutes les régions')).toBeInTheDocument();
    expect(within(table).getByText('Actif')).toBeInTheDocument();
    expect(table).not.toHaveTextContent('whsec_');
    // The form was reset for the next subscription.
    expect(screen.getByRole('textbox', { name: /URL de livraison/ })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: "J'ai conservé le secret" }));
    await waitFor(() => expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument());
    expect(document.body).not.toHaveTextContent(secret);
  });

  it('an http URL is refused with the server message on the URL field', async () => {
    signedInAs(adminMe);
    server.use(
      http.get('/api/v1/webhooks', ({ response }) => response(200).json([])),
      http.post('/api/v1/webhooks', ({ response }) =>
        response(400).json({
          status: 400,
          title: 'Bad Request',
          errors: { url: ['Use an https:// URL (http:// only to localhost in development).'] },
        }),
      ),
    );
    const { user } = renderApp('/admin/webhooks');
    await user.type(await screen.findByRole('textbox', { name: /URL de livraison/ }), 'http://partner.example.org/hooks');
    await user.click(screen.getByRole('checkbox', { name: 'Coopérative enregistrée' }));
    await user.click(screen.getByRole('button', { name: "Créer l'abonnement" }));
    expect(await screen.findByText(/Use an https:\/\/ URL/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /URL de livraison/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
  });

  it('the deliveries panel filters by status, shows the payload and redelivers', async () => {
    signedInAs(adminMe);
    const queries: URLSearchParams[] = [];
    const redelivered: { id: string; deliveryId: string }[] = [];
    let current: DeliveryDetails = dead;
    server.use(
      http.get('/api/v1/webhooks', ({ response }) => response(200).json([hook])),
      http.get('/api/v1/webhooks/{id}/deliveries', ({ request, params, response }) => {
        expect(params.id).toBe(hook.id);
        queries.push(new URL(request.url).searchParams);
        return response(200).json({ items: [current], page: 1, pageSize: 20, total: 1 });
      }),
      http.post('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', ({ params, response }) => {
        redelivered.push({ id: params.id, deliveryId: params.deliveryId });
        current = { ...dead, status: 'pending', attempts: 0 };
        return response(200).json(current);
      }),
    );
    const { user } = renderApp('/admin/webhooks');
    const table = await screen.findByRole('table', { name: 'Abonnements webhook' });
    expect(within(table).getByText('Souss-Massa')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Livraisons' }));

    const panel = await screen.findByTestId('deliveries-panel');
    const log = await within(panel).findByRole('table');
    expect(within(log).getByText('Échec (plus de nouvel essai)')).toBeInTheDocument();
    expect(within(log).getByText('HTTP 500')).toBeInTheDocument();
    expect(within(log).getByText('Internal Server Error')).toBeInTheDocument();
    expect(within(panel).getByText('1 livraison')).toBeInTheDocument();

    const showPayload = within(panel).getByRole('button', { name: 'Voir le contenu' });
    expect(showPayload).toHaveAttribute('aria-expanded', 'false');
    await user.click(showPayload);
    expect(within(panel).getByRole('button', { name: 'Masquer le contenu' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(panel).getByLabelText('Contenu')).toHaveTextContent('"ideaId": "i-42"');

    await user.click(within(panel).getByRole('combobox', { name: 'Statut' }));
    await user.click(await screen.findByRole('option', { name: 'Échec (plus de nouvel essai)' }));
    await waitFor(() => expect(queries.some((q) => q.get('status') === 'dead')).toBe(true));
    expect(queries[0]?.get('status')).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Renvoyer' }));
    expect(await within(panel).findByText('La livraison est remise en file (même webhook-id).')).toBeInTheDocument();
    expect(redelivered).toEqual([{ id: hook.id, deliveryId: dead.id }]);
    // The log is read again after the redelivery.
    expect(await within(within(panel).getByRole('table')).findByText('En attente')).toBeInTheDocument();
  });

  it('deactivating asks for confirmation, then the subscription shows as inactive', async () => {
    signedInAs(adminMe);
    let active = true;
    const deleted: string[] = [];
    server.use(
      http.get('/api/v1/webhooks', ({ response }) => response(200).json([{ ...hook, active }])),
      http.delete('/api/v1/webhooks/{id}', ({ params, response }) => {
        deleted.push(params.id);
        active = false;
        return response(200).json({ ...hook, active });
      }),
    );
    const { user } = renderApp('/admin/webhooks');
    const table = await screen.findByRole('table', { name: 'Abonnements webhook' });
    await user.click(within(table).getByRole('button', { name: 'Désactiver' }));
    const dialog = await screen.findByRole('dialog', { name: 'Désactiver cet abonnement ?' });
    expect(deleted).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));
    expect(await within(table).findByText('Inactif')).toBeInTheDocument();
    expect(deleted).toEqual([hook.id]);
    expect(within(table).queryByRole('button', { name: 'Désactiver' })).not.toBeInTheDocument();
  });

  it('is refused to staff who are not administrators', async () => {
    signedInAs(staffMe);
    renderApp('/admin/webhooks');
    expect(await screen.findByText("Votre compte n'est pas autorisé à faire cela.")).toBeInTheDocument();
  });
});
