import { screen, waitFor, within } from '@testing-library/react';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import type { NotificationPreference, NotificationPreferenceChoice } from '@/lib/api/schema-types';

const token = 'c.0123456789abcdef0123456789abcdef.calls.email.mac';
const topics = ['calls', 'applications', 'events', 'networks', 'ideas', 'announcements', 'account'];
const channels = ['email', 'sms'];

/** A registry contact's matrix: no inbox, the topic account locked, announcements off until she opts in. */
function matrix(): NotificationPreference[] {
  return topics.flatMap((topic) =>
    channels.map((channel) => ({ topic, channel, enabled: topic !== 'announcements', locked: topic === 'account', source: null, changedAt: null })),
  );
}

describe('the preferences page of a signed link (no sign-in)', () => {
  it('is offered after the one-click result and opens with the same token', async () => {
    server.use(
      http.post('/api/v1/notifications/unsubscribe', ({ response }) => response(200).json({ topic: 'calls', channel: 'email', enabled: false })),
      http.get('/api/v1/notifications/contact-preferences', ({ response }) =>
        response(200).json({ recipientKind: 'contact', channels, items: matrix() }),
      ),
    );
    const { user } = renderApp(`/unsubscribe?token=${encodeURIComponent(token)}`);
    await user.click(await screen.findByRole('button', { name: 'Ne plus les recevoir' }));
    const manage = await screen.findByRole('link', { name: 'Gérer toutes mes préférences' });
    expect(manage).toHaveAttribute('href', `/unsubscribe/preferences?token=${encodeURIComponent(token)}`);
    await user.click(manage);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes préférences de notification' })).toBeInTheDocument();
  });

  it('shows her switches (no inbox), saves several at once with a confirmation', async () => {
    let items = matrix();
    const sent: { token?: string | null; items: NotificationPreferenceChoice[] }[] = [];
    const queries: (string | null)[] = [];
    server.use(
      http.get('/api/v1/notifications/contact-preferences', ({ request, response }) => {
        queries.push(new URL(request.url).searchParams.get('token'));
        return response(200).json({ recipientKind: 'contact', channels, items });
      }),
      http.put('/api/v1/notifications/contact-preferences', async ({ request, response }) => {
        const body = (await request.json()) as { token?: string | null; items: NotificationPreferenceChoice[] };
        sent.push(body);
        items = items.map((c) => {
          const choice = body.items.find((x) => x.topic === c.topic && x.channel === c.channel);
          return choice && choice.enabled !== c.enabled ? { ...c, enabled: !!choice.enabled, source: 'preferences-link', changedAt: '2027-03-01T09:00:00Z' } : c;
        });
        return response(200).json({ recipientKind: 'contact', channels, items });
      }),
    );
    const { user } = renderApp(`/unsubscribe/preferences?token=${encodeURIComponent(token)}`);

    const announcements = await screen.findByTestId('topic-announcements');
    expect(queries).toEqual([token]);
    expect(screen.queryByText("Dans l'application")).not.toBeInTheDocument();
    expect(screen.getByTestId('preference-row-account/email')).toHaveTextContent('Toujours actif');
    const optIn = within(announcements).getByRole('switch', { name: 'E-mail' });
    expect(optIn).not.toBeChecked();
    const callsSms = within(screen.getByTestId('topic-calls')).getByRole('switch', { name: 'SMS' });
    expect(screen.getByRole('button', { name: 'Enregistrer mes choix' })).toBeDisabled();

    await user.click(optIn);
    await user.click(callsSms);
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Vos choix sont enregistrés.');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.token).toBe(token);
    expect(sent[0]!.items.find((c) => c.topic === 'announcements' && c.channel === 'email')).toEqual({ topic: 'announcements', channel: 'email', enabled: true });
    expect(sent[0]!.items.find((c) => c.topic === 'calls' && c.channel === 'sms')).toEqual({ topic: 'calls', channel: 'sms', enabled: false });
    expect(sent[0]!.items.some((c) => c.topic === 'account')).toBe(false);
    await waitFor(() => expect(within(screen.getByTestId('topic-announcements')).getByText(/Modifié le .* via le lien d'un message \(toutes les préférences\)/)).toBeInTheDocument());
  });

  it('shows a refusal on the switch it names', async () => {
    server.use(
      http.get('/api/v1/notifications/contact-preferences', ({ response }) => response(200).json({ recipientKind: 'contact', channels, items: matrix() })),
      http.put('/api/v1/notifications/contact-preferences', async ({ request, response }) => {
        const body = (await request.json()) as { items: NotificationPreferenceChoice[] };
        const i = body.items.findIndex((c) => c.topic === 'events' && c.channel === 'sms');
        return response(400).json({
          status: 400,
          title: 'Bad Request',
          code: 'notifications.preference_locked',
          errors: { [`items[${i}].enabled`]: ['Ceci ne peut pas être désactivé.'] },
        });
      }),
    );
    const { user } = renderApp(`/unsubscribe/preferences?token=${encodeURIComponent(token)}`);
    await user.click(within(await screen.findByTestId('topic-events')).getByRole('switch', { name: 'SMS' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));

    expect(await within(screen.getByTestId('preference-row-events/sms')).findByText('Ceci ne peut pas être désactivé.')).toBeInTheDocument();
    expect(within(screen.getByTestId('preference-row-events/email')).queryByText('Ceci ne peut pas être désactivé.')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("Certains choix n'ont pas été acceptés");
  });

  it('shows the server’s refusal of a forged link on the token', async () => {
    server.use(
      http.get('/api/v1/notifications/contact-preferences', ({ response }) =>
        response(400).json({
          status: 400,
          title: 'Bad Request',
          code: 'notifications.unsubscribe_token_invalid',
          errors: { token: ["Ce lien de désinscription n'est pas valide : il a peut-être été coupé ou modifié."] },
        }),
      ),
    );
    renderApp('/unsubscribe/preferences?token=forged');
    expect(await screen.findByRole('alert')).toHaveTextContent("Ce lien de désinscription n'est pas valide");
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
