import { screen } from '@testing-library/react';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const token = 'a.0123456789abcdef0123456789abcdef.events.email.mac';

describe('the unsubscribe page (no sign-in)', () => {
  it('changes nothing when opened, stops on confirmation, says what stopped, and undoes', async () => {
    const posts: { token?: string | null; enabled?: boolean | null }[] = [];
    server.use(
      http.post('/api/v1/notifications/unsubscribe', async ({ request, response }) => {
        const body = (await request.json()) as { token?: string | null; enabled?: boolean | null };
        posts.push(body);
        return response(200).json({ topic: 'events', channel: 'email', enabled: !!body.enabled });
      }),
    );
    const { user } = renderApp(`/unsubscribe?token=${encodeURIComponent(token)}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ne plus recevoir ces messages' })).toBeInTheDocument();
    expect(posts).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Ne plus les recevoir' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Vous ne recevrez plus les e-mails sur le sujet « Événements ».');
    expect(posts).toEqual([{ token, enabled: false }]);

    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(await screen.findByText('Vous recevrez à nouveau les e-mails sur le sujet « Événements ».')).toBeInTheDocument();
    expect(posts[1]).toEqual({ token, enabled: true });
  });

  it('shows the server’s problem for a link that was tampered with', async () => {
    server.use(
      http.post('/api/v1/notifications/unsubscribe', ({ response }) =>
        response(400).json({
          status: 400,
          title: 'Bad Request',
          detail: "Ce lien de désinscription n'est pas valide : il a peut-être été coupé ou modifié.",
          code: 'notifications.unsubscribe_token_invalid',
        }),
      ),
    );
    const { user } = renderApp('/unsubscribe?token=forged');
    await user.click(await screen.findByRole('button', { name: 'Ne plus les recevoir' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Ce lien de désinscription n'est pas valide");
  });

  it('says the link is incomplete without a token', async () => {
    renderApp('/unsubscribe');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien est incomplet.');
    expect(screen.queryByRole('button', { name: 'Ne plus les recevoir' })).not.toBeInTheDocument();
  });
});
