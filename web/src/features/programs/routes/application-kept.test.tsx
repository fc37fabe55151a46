import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { application, call, program } from '@/testing/program-fixtures';

describe('draft application on a bad connection', () => {
  it('puts back the edits kept on this phone, says so, and forgets them once the server saved them', async () => {
    const key = `coophub.draft.application.${application.id}`;
    const kept = { projectSummary: 'Texte tapé hors connexion', requestedAxes: [], requestedAmount: '', documents: {} };
    localStorage.setItem(key, JSON.stringify({ values: kept, keptAt: '2026-11-21T09:30:00Z' }));
    let saved: { projectSummary?: string | null } | null = null;
    server.use(
      http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)),
      http.get('/api/v1/calls/{id}', () => HttpResponse.json(call, { headers: { ETag: '"1"' } })),
      http.get('/api/v1/programs/{id}', () => HttpResponse.json(program, { headers: { ETag: '"1"' } })),
      http.get('/api/v1/applications/{id}', () => HttpResponse.json(application, { headers: { ETag: '"2"' } })),
      http.get('/api/v1/applications/{id}/history', ({ response }) => response(200).json([])),
      http.put('/api/v1/applications/{id}', async ({ request }) => {
        saved = (await request.json()) as typeof saved;
        return HttpResponse.json({ ...application, projectSummary: saved!.projectSummary ?? null, version: 3 }, { headers: { ETag: '"3"' } });
      }),
    );
    const { user } = renderApp(`/applications/${application.id}`);
    const summary = await screen.findByRole('textbox', { name: /Résumé du projet/ });
    await waitFor(() => expect(summary).toHaveValue('Texte tapé hors connexion'));
    expect(screen.getByTestId('draft-restored')).toHaveTextContent('retrouvé sur ce téléphone');

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(saved?.projectSummary).toBe('Texte tapé hors connexion'));
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
  });
});
