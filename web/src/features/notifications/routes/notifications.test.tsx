import { screen, waitFor, within } from '@testing-library/react';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { NotificationDetails } from '@/lib/api/schema-types';

const managerMe = { ...staffMe, name: 'Karim Benali', roles: ['coop-manager'], regions: [] };

const promoted: NotificationDetails = {
  id: 'eeeeeeee-eeee-eeee-eeee-eeeeeeeeeeee',
  type: 'registration.promoted',
  subject: 'Une place pour vous : Atelier e-marketing, Oujda',
  body: "Bonne nouvelle : une place s'est libérée.\n\nSi vous ne pouvez plus venir, annulez.",
  link: '/events/11111111-1111-1111-1111-111111111111',
  createdAt: '2027-03-01T09:00:00Z',
  readAt: null,
};

describe('notifications (the bell and the inbox)', () => {
  it('the bell counts the unread messages, the inbox shows them, and reading one lowers the count', async () => {
    signedInAs(managerMe);
    let items: NotificationDetails[] = [promoted];
    const read: string[] = [];
    server.use(
      http.get('/api/v1/notifications', ({ response }) =>
        response(200).json({ items, page: 1, pageSize: 20, total: items.length, unread: items.filter((i) => !i.readAt).length }),
      ),
      http.post('/api/v1/notifications/{id}/read', ({ params, response }) => {
        read.push(params.id);
        items = items.map((i) => (i.id === params.id ? { ...i, readAt: '2027-03-01T10:00:00Z' } : i));
        return response(200).json(items[0]!);
      }),
    );
    const { user } = renderApp('/notifications');

    expect(await screen.findByRole('link', { name: 'Notifications : 1 non lue' })).toHaveAttribute('href', '/notifications');
    expect(within(screen.getByTestId('notification-count')).getByText('1')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    const message = await screen.findByTestId('notification');
    expect(message).toHaveTextContent(promoted.subject);
    expect(message).toHaveTextContent("Bonne nouvelle : une place s'est libérée.");
    expect(within(message).getByRole('link', { name: 'Ouvrir' })).toHaveAttribute('href', promoted.link);
    expect(screen.getByTestId('notifications-unread')).toHaveTextContent('1 message non lu');

    await user.click(within(message).getByRole('button', { name: 'Marquer comme lu' }));

    await waitFor(() => expect(screen.getByTestId('notifications-unread')).toHaveTextContent('Tout est lu.'));
    expect(read).toEqual([promoted.id]);
    expect(await screen.findByRole('link', { name: 'Notifications' })).toHaveAttribute('href', '/notifications');
    expect(screen.getByTestId('notification')).toHaveAttribute('data-unread', 'false');
  });

  it('an anonymous visitor has no bell', async () => {
    renderApp('/cooperatives');
    expect(await screen.findByRole('link', { name: /Se connecter/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Notifications/ })).not.toBeInTheDocument();
  });
});
