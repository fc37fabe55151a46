import { screen, waitFor, within } from '@testing-library/react';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { NotificationPreference, NotificationPreferenceChoice } from '@/lib/api/schema-types';

const managerMe = { ...staffMe, name: 'فاطمة الزهراء', roles: ['coop-manager'], regions: [] };
const topics = ['calls', 'applications', 'events', 'networks', 'ideas', 'announcements', 'account'];
const channels = ['inapp', 'email', 'sms'];

function matrix(overrides: Partial<NotificationPreference>[] = []): NotificationPreference[] {
  return topics.flatMap((topic) =>
    channels.map((channel) => {
      const locked = topic === 'account' || channel === 'inapp';
      const cell: NotificationPreference = { topic, channel, enabled: true, locked, source: null, changedAt: null };
      const o = overrides.find((x) => x.topic === topic && x.channel === channel);
      return { ...cell, ...o };
    }),
  );
}

describe('notification preferences', () => {
  it('shows every topic × channel, keeps the locked ones on, and saves a change with a confirmation', async () => {
    signedInAs(managerMe);
    let items = matrix();
    const sent: NotificationPreferenceChoice[][] = [];
    server.use(
      http.get('/api/v1/notifications/preferences', ({ response }) => response(200).json({ items })),
      http.put('/api/v1/notifications/preferences', async ({ request, response }) => {
        const body = (await request.json()) as { items: NotificationPreferenceChoice[] };
        sent.push(body.items);
        items = items.map((c) => {
          const choice = body.items.find((x) => x.topic === c.topic && x.channel === c.channel);
          return choice && choice.enabled !== c.enabled
            ? { ...c, enabled: !!choice.enabled, source: 'account-settings', changedAt: '2027-03-01T09:00:00Z' }
            : c;
        });
        return response(200).json({ items });
      }),
    );
    const { user } = renderApp('/account/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'Préférences de notification' })).toBeInTheDocument();
    const events = await screen.findByTestId('topic-events');
    const email = within(events).getByRole('switch', { name: 'E-mail' });
    expect(email).toBeChecked();
    expect(within(events).queryByRole('switch', { name: /^Dans l'application/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('preference-row-events/inapp')).toHaveTextContent("Dans l'applicationToujours actif");
    expect(within(screen.getByTestId('topic-account')).queryAllByRole('switch')).toHaveLength(0);
    expect(screen.getByTestId('preference-row-account/email')).toHaveTextContent('Toujours actif');
    expect(screen.getByRole('button', { name: 'Enregistrer mes choix' })).toBeDisabled();

    await user.click(email);
    expect(email).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Vos choix sont enregistrés.');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.find((c) => c.topic === 'events' && c.channel === 'email')).toEqual({ topic: 'events', channel: 'email', enabled: false });
    expect(sent[0]!.some((c) => c.channel === 'inapp' || c.topic === 'account')).toBe(false);
    await waitFor(() => expect(within(screen.getByTestId('topic-events')).getByText(/Modifié le .* via vos préférences/)).toBeInTheDocument());
  });

  it('the account page links to the preferences', async () => {
    signedInAs(managerMe);
    renderApp('/account');
    expect(await screen.findByRole('link', { name: 'Préférences de notification' })).toHaveAttribute('href', '/account/notifications');
  });
});
