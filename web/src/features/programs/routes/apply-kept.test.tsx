import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { details, staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { application, call, program } from '@/testing/program-fixtures';

describe('a new application on a bad connection', () => {
  it('keeps the project typed for this call across a failed send and a reload, and forgets it once created', async () => {
    const key = `coophub.draft.apply.${call.id}`;
    server.use(
      http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)),
      http.get('/api/v1/calls/{id}', () => HttpResponse.json(call, { headers: { ETag: '"1"' } })),
      http.get('/api/v1/programs/{id}', () => HttpResponse.json(program, { headers: { ETag: '"1"' } })),
      http.post('/api/v1/calls/{id}/applications', () => HttpResponse.error()),
    );
    const url = `/calls/${call.id}/apply?cooperativeId=${details.id}`;
    const first = renderApp(url);
    await first.user.type(await screen.findByRole('textbox', { name: /Résumé du projet/ }), 'Une presse à huile');
    expect(screen.getByTestId('draft-kept')).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Rien n'a été envoyé");
    expect(JSON.parse(localStorage.getItem(key)!).values).toMatchObject({
      form: { projectSummary: 'Une presse à huile' },
      cooperativeId: details.id,
    });

    first.unmount();
    server.use(http.post('/api/v1/calls/{id}/applications', ({ response }) => response(201).json(application)));
    const second = renderApp(url);
    const summary = await screen.findByRole('textbox', { name: /Résumé du projet/ });
    await waitFor(() => expect(summary).toHaveValue('Une presse à huile'));
    expect(screen.getByTestId('draft-restored')).toHaveTextContent('retrouvé sur ce téléphone');
    await second.user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(second.router.state.location.pathname).toBe(`/applications/${application.id}`));
    expect(localStorage.getItem(key)).toBeNull();
  });
});
