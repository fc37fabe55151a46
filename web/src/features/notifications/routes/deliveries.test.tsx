import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { PHONE_QUERY } from '@/components/use-phone';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { NotificationDeliveryDetails } from '@/lib/api/schema-types';

const adminMe = { ...staffMe, name: 'Admin', roles: ['admin'], regions: ['national'] };

const deadSms: NotificationDeliveryDetails = {
  id: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
  type: 'call.published',
  triggerId: '11111111-1111-1111-1111-111111111111',
  recipientId: '22222222-2222-2222-2222-222222222222',
  recipientKind: 'contact',
  topic: 'calls',
  channel: 'sms',
  address: '+212612345678',
  language: 'ar',
  subject: 'طلب إبداء الاهتمام: دعم التعاونيات النسائية',
  status: 'dead',
  attempts: 1,
  nextAttemptAt: '2027-05-12T09:00:00Z',
  lastAnswer: "400 Bad Request: 21211 The 'To' number +212612345678 is not a valid phone number.",
  createdAt: '2027-05-12T09:00:00Z',
  sentAt: null,
};

const sentEmail: NotificationDeliveryDetails = {
  ...deadSms,
  id: 'eeeeeeee-eeee-eeee-eeee-eeeeeeeeeeee',
  recipientKind: 'account',
  channel: 'email',
  address: 'gerant.fr@coophub.test',
  language: 'fr',
  subject: 'Une place pour vous : Atelier e-marketing, Oujda',
  status: 'sent',
  lastAnswer: '250 2.0.0 Ok',
  sentAt: '2027-05-12T09:00:05Z',
};

const undeliveredSms: NotificationDeliveryDetails = {
  ...deadSms,
  id: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  status: 'sent',
  attempts: 1,
  lastAnswer: '201 SM0123456789abcdef0123456789abcdef queued; to +212612345678; 1 UCS-2 segment',
  sentAt: '2027-05-12T09:00:05Z',
  providerId: 'SM0123456789abcdef0123456789abcdef',
  receipt: 'undelivered',
  receiptError: '30003',
  receiptAt: '2027-05-12T09:01:00Z',
};

const desktopMatchMedia = window.matchMedia;

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

/** The API: the log filtered as asked (the queries are recorded), and a retry that queues the message again. */
function deliveryApi() {
  let items = [deadSms, sentEmail];
  const queries: string[] = [];
  const retried: string[] = [];
  server.use(
    http.get('/api/v1/notifications/deliveries', ({ query, response }) => {
      const status = query.get('status');
      const channel = query.get('channel');
      queries.push(`status=${status ?? ''}&channel=${channel ?? ''}`);
      const found = items.filter((d) => (!status || d.status === status) && (!channel || d.channel === channel));
      return response(200).json({ items: found, page: 1, pageSize: 20, total: found.length });
    }),
    http.post('/api/v1/notifications/deliveries/{id}/retry', ({ params, response }) => {
      retried.push(params.id);
      items = items.map((d) => (d.id === params.id ? { ...d, status: 'queued', attempts: 0 } : d));
      return response(200).json(items.find((d) => d.id === params.id)!);
    }),
  );
  return { queries, retried };
}

describe('the delivery log (administrators)', () => {
  afterEach(() => {
    window.matchMedia = desktopMatchMedia;
  });

  it('lists every message with its channel, state and the provider answer, filters by channel and state, and retries a dead SMS', async () => {
    signedInAs(adminMe);
    const { queries, retried } = deliveryApi();
    const { user, router } = renderApp('/admin/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: "Journal d'envoi des messages" })).toBeInTheDocument();
    expect(await screen.findByTestId('deliveries-count')).toHaveTextContent('2 messages');
    expect(screen.getByRole('link', { name: 'Envoi des messages' })).toHaveAttribute('href', '/admin/notifications');

    await user.selectOptions(screen.getByLabelText('Canal'), 'SMS');
    await waitFor(() => expect(screen.getByTestId('deliveries-count')).toHaveTextContent('1 message'));
    expect(queries).toContain('status=&channel=sms');
    expect(router.state.location.search).toBe('?channel=sms');
    const row = (await screen.findAllByTestId('delivery'))[0]!;
    expect(row).toHaveTextContent(deadSms.subject);
    expect(row).toHaveTextContent('+212612345678');
    expect(row).toHaveTextContent('Contact du registre');
    expect(row).toHaveTextContent('21211');
    expect(within(row).getByTestId('delivery-status')).toHaveTextContent("Échec (plus d'essai)");

    await user.click(within(row).getByRole('button', { name: 'Renvoyer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Le message est de nouveau en file');
    expect(retried).toEqual([deadSms.id]);
    await waitFor(() => expect(within(screen.getByTestId('delivery')).getByTestId('delivery-status')).toHaveTextContent('En file'));
    expect(within(screen.getByTestId('delivery')).queryByRole('button', { name: 'Renvoyer' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('État'), "Échec (plus d'essai)");
    await waitFor(() => expect(queries).toContain('status=dead&channel=sms'));
    expect(await screen.findByText('Aucun message ne correspond à ces filtres.')).toBeInTheDocument();
  });

  it('shows a sent message without a retry button, and cards on a phone', async () => {
    phoneWidth();
    signedInAs(adminMe);
    deliveryApi();
    renderApp('/admin/notifications?channel=email');

    const card = await screen.findByTestId('delivery');
    expect(card.tagName).toBe('LI');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(card).toHaveTextContent(sentEmail.subject);
    expect(card).toHaveTextContent('gerant.fr@coophub.test');
    expect(card).toHaveTextContent('E-mail');
    expect(within(card).getByTestId('delivery-status')).toHaveTextContent('Envoyé');
    expect(within(card).queryByRole('button', { name: 'Renvoyer' })).not.toBeInTheDocument();
  });

  it("shows the SMS provider's delivery receipt of a sent message, with its error code", async () => {
    signedInAs(adminMe);
    server.use(
      http.get('/api/v1/notifications/deliveries', ({ response }) =>
        response(200).json({ items: [undeliveredSms], page: 1, pageSize: 20, total: 1 }),
      ),
    );
    const { user, router } = renderApp('/admin/notifications?channel=sms');

    const row = await screen.findByTestId('delivery');
    expect(within(row).getByTestId('delivery-status')).toHaveTextContent('Envoyé');
    expect(within(row).getByTestId('delivery-receipt')).toHaveTextContent('Non remis · erreur 30003');
    expect(row).toHaveTextContent('accusé le');

    await user.selectOptions(screen.getByLabelText('Accusé de remise SMS'), 'Non remis');
    await waitFor(() => expect(router.state.location.search).toBe('?channel=sms&receipt=undelivered'));
  });

  it('retries an SMS whose receipt says undelivered, but offers no retry for a delivered one', async () => {
    signedInAs(adminMe);
    const delivered = { ...undeliveredSms, id: 'abababab-abab-abab-abab-abababababab', receipt: 'delivered', receiptError: null };
    let items = [undeliveredSms, delivered];
    const retried: string[] = [];
    server.use(
      http.get('/api/v1/notifications/deliveries', ({ response }) => response(200).json({ items, page: 1, pageSize: 20, total: items.length })),
      http.post('/api/v1/notifications/deliveries/{id}/retry', ({ params, response }) => {
        retried.push(params.id);
        items = items.map((d) => (d.id === params.id ? { ...d, status: 'queued', attempts: 0, receipt: null, receiptError: null, providerId: null } : d));
        return response(200).json(items.find((d) => d.id === params.id)!);
      }),
    );
    const { user } = renderApp('/admin/notifications?channel=sms');

    const [undeliveredRow, deliveredRow] = await screen.findAllByTestId('delivery');
    expect(within(deliveredRow!).getByTestId('delivery-receipt')).toHaveTextContent('Remis');
    expect(within(deliveredRow!).queryByRole('button', { name: 'Renvoyer' })).not.toBeInTheDocument();

    await user.click(within(undeliveredRow!).getByRole('button', { name: 'Renvoyer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Le message est de nouveau en file');
    expect(retried).toEqual([undeliveredSms.id]);
    await waitFor(() => expect(within(screen.getAllByTestId('delivery')[0]!).getByTestId('delivery-status')).toHaveTextContent('En file'));
  });

  it('is for administrators only', async () => {
    signedInAs(staffMe);
    renderApp('/admin/notifications');
    expect(await screen.findByText("Votre compte n'est pas autorisé à faire cela.")).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Envoi des messages' })).not.toBeInTheDocument();
  });
});
