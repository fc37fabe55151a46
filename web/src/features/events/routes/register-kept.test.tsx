import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { attendance, code, event, eventId, organiserMe, registration } from '@/testing/event-fixtures';

const key = `coophub.draft.registration.${eventId}`;

describe('event registration on a bad connection', () => {
  it('keeps what was typed when sending fails, puts it back after a reload, and forgets it once registered', async () => {
    server.use(
      http.get('/api/v1/auth/me', ({ response }) => response(200).json(organiserMe)),
      http.get('/api/v1/events/{id}', () => HttpResponse.json(event, { headers: { ETag: `"${event.version}"` } })),
      http.get('/api/v1/events/{id}/attendance', ({ response }) => response(200).json(attendance)),
      http.post('/api/v1/events/{id}/registrations', () => HttpResponse.error()),
    );
    const first = renderApp(`/events/${eventId}`);
    await first.user.click(await screen.findByRole('button', { name: 'S’inscrire' }));
    let dialog = await screen.findByRole('dialog');
    await first.user.click(within(dialog).getByRole('radio', { name: 'Une personne nommée' }));
    await first.user.type(within(dialog).getByRole('textbox', { name: /Nom du participant/ }), 'Khadija Benali');
    expect(within(dialog).getByTestId('draft-kept')).toHaveTextContent('gardée sur ce téléphone');
    await first.user.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    expect(await within(dialog).findByTestId('register-error')).toHaveTextContent("Rien n'a été envoyé : pas de connexion.");
    expect(JSON.parse(localStorage.getItem(key)!).values).toMatchObject({ mode: 'attendee', attendeeName: 'Khadija Benali' });

    // The page is reloaded (the phone lost the tab): the form comes back as it was, and says so.
    first.unmount();
    server.use(
      http.post('/api/v1/events/{id}/registrations', ({ response }) =>
        response(201).json({ registration: registration({ attendeeName: 'Khadija Benali', status: 'registered' }), code }),
      ),
    );
    const second = renderApp(`/events/${eventId}`);
    await second.user.click(await screen.findByRole('button', { name: 'S’inscrire' }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Nom du participant/ })).toHaveValue('Khadija Benali');
    expect(within(dialog).getByTestId('draft-restored')).toHaveTextContent('retrouvé sur ce téléphone');
    await second.user.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    expect(await within(dialog).findByTestId('registration-outcome')).toBeInTheDocument();
    expect(localStorage.getItem(key)).toBeNull();
  });
});
