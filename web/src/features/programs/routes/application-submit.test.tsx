import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { application, call, program } from '@/testing/program-fixtures';

describe('submitting a draft application', () => {
  it('saves unsaved edits first, then submits, and takes the person to the field the refusal names', async () => {
    const steps: string[] = [];
    let saved: { projectSummary?: string | null } | null = null;
    server.use(
      http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)),
      http.get('/api/v1/calls/{id}', () => HttpResponse.json(call, { headers: { ETag: '"1"' } })),
      http.get('/api/v1/programs/{id}', () => HttpResponse.json(program, { headers: { ETag: '"1"' } })),
      http.get('/api/v1/applications/{id}', () => HttpResponse.json(application, { headers: { ETag: '"2"' } })),
      http.get('/api/v1/applications/{id}/history', ({ response }) => response(200).json([])),
      http.put('/api/v1/applications/{id}', async ({ request }) => {
        steps.push(`save ${request.headers.get('If-Match')}`);
        saved = (await request.json()) as typeof saved;
        return HttpResponse.json({ ...application, projectSummary: saved!.projectSummary ?? null, version: 3 }, { headers: { ETag: '"3"' } });
      }),
      http.post('/api/v1/applications/{id}/submit', ({ request }) => {
        steps.push(`submit ${request.headers.get('If-Match')}`);
        return HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable',
            status: 422,
            code: 'application.documents_missing',
            detail: 'Liez les pièces obligatoires avant de déposer : Statuts de la coopérative.',
            missingDocuments: ['statutes'],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp(`/applications/${application.id}`);
    const summary = await screen.findByRole('textbox', { name: /Résumé du projet/ });
    await user.clear(summary);
    await user.type(summary, 'Séchoir solaire');

    await user.click(screen.getByRole('button', { name: 'Déposer' }));
    await user.click(await screen.findByRole('button', { name: 'Déposer la candidature' }));

    await waitFor(() => expect(steps).toEqual(['save "2"', 'submit "3"']));
    expect((saved as { projectSummary?: string | null } | null)?.projectSummary).toBe('Séchoir solaire');
    const refusal = await screen.findByTestId('application-error');
    expect(refusal).toHaveTextContent('Statuts de la coopérative');
    // The field to fill gets the focus (scrolled into view), with its message beside it.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-path', 'documents.statutes'));
    expect(document.activeElement).toHaveAttribute('aria-invalid', 'true');
  });
});
