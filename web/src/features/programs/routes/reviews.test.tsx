import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { application, call, program, queueItem } from '@/testing/program-fixtures';

const underReview = { ...application, status: 'underReview' as const, submittedAt: '2026-11-21T10:00:00Z' };

function scoringReads() {
  server.use(
    http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)),
    http.get('/api/v1/applications/{id}', () => HttpResponse.json(underReview, { headers: { ETag: '"4"' } })),
    http.get('/api/v1/calls/{id}', () => HttpResponse.json(call, { headers: { ETag: '"1"' } })),
    http.get('/api/v1/programs/{id}', () => HttpResponse.json(program, { headers: { ETag: '"1"' } })),
    http.get('/api/v1/applications/{id}/reviews', ({ response }) => response(200).json([])),
  );
}

describe('reviews', () => {
  it('my reviews: lists the applications to score with a link to the scoring form', async () => {
    server.use(
      http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)),
      http.get('/api/v1/reviews/queue', ({ response }) => response(200).json([queueItem, { ...queueItem, applicationId: 'd0000000-0000-0000-0000-000000000009', myScore: 6.5 }])),
    );
    renderApp('/reviews');
    expect(await screen.findByTestId('result-count')).toHaveTextContent('1 candidature à noter');
    const items = screen.getAllByTestId('review-item');
    expect(within(items[0]!).getByRole('link', { name: `Noter la candidature de ${application.cooperativeNameFr}` })).toHaveAttribute(
      'href',
      `/applications/${application.id}/review`,
    );
    expect(items[1]).toHaveTextContent('6,5');
  });

  it('scoring: the weighted score Σ score × weight / 100 follows the inputs, and the scores are sent per criterion', async () => {
    scoringReads();
    let sent: unknown = null;
    server.use(
      http.put('/api/v1/applications/{id}/reviews/mine', async ({ request, response }) => {
        sent = await request.json();
        return response(200).json({
          id: 'e0000000-0000-0000-0000-000000000001',
          applicationId: application.id,
          reviewerId: staffMe.id,
          reviewerName: staffMe.name,
          scores: [],
          weightedScore: 7.45,
          comment: null,
          createdAt: '2026-11-22T10:00:00Z',
          updatedAt: '2026-11-22T10:00:00Z',
        });
      }),
    );
    const { user } = renderApp(`/applications/${application.id}/review`);
    const total = await screen.findByTestId('weighted-score');
    expect(total).toHaveTextContent('0 / 10');

    await user.type(screen.getByRole('textbox', { name: 'Note — Pertinence du projet' }), '8');
    expect(total).toHaveTextContent('2,4 / 10');
    expect(screen.getByText('1 critère noté sur 4.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Note — Viabilité économique' }), '7');
    await user.type(screen.getByRole('textbox', { name: 'Note — Inclusion des femmes et des jeunes' }), '9');
    await user.type(screen.getByRole('textbox', { name: 'Note — Capacité à porter le projet' }), '6');
    // 8×30 + 7×25 + 9×20 + 6×25 = 745 → 7.45
    expect(total).toHaveTextContent('7,45 / 10');
    const viability = screen.getByRole('textbox', { name: 'Note — Viabilité économique' });
    await user.clear(viability);
    await user.type(viability, '10');
    expect(total).toHaveTextContent('8,2 / 10');

    // Pasted rather than typed: fourteen keystrokes re-render the whole sheet, which a busy CI machine makes slow.
    await user.click(screen.getByRole('textbox', { name: 'Commentaire — Capacité à porter le projet' }));
    await user.paste('Équipe réduite');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes notes' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Vos notes sont enregistrées (note pondérée 7,45 / 10).');
    expect(sent).toEqual({
      scores: [
        { criterion: 'relevance', score: 8, comment: null },
        { criterion: 'viability', score: 10, comment: null },
        { criterion: 'inclusion', score: 9, comment: null },
        { criterion: 'capacity', score: 6, comment: 'Équipe réduite' },
      ],
      comment: null,
    });
  });

  it('scoring: every criterion is required, and a conflict of interest (409) is explained', async () => {
    scoringReads();
    let calls = 0;
    server.use(
      http.put('/api/v1/applications/{id}/reviews/mine', ({ response }) => {
        calls++;
        return response(409).json({
          status: 409,
          title: 'Conflict',
          code: 'review.conflict_of_interest',
          detail: 'Vous gérez cette coopérative : vous ne pouvez pas évaluer sa candidature.',
        });
      }),
    );
    const { user } = renderApp(`/applications/${application.id}/review`);
    const relevance = await screen.findByRole('textbox', { name: 'Note — Pertinence du projet' });
    await user.type(relevance, '8');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes notes' }));
    expect(screen.getByRole('textbox', { name: 'Note — Viabilité économique' })).toHaveAccessibleDescription(
      expect.stringContaining('Obligatoire.'),
    );
    expect(calls).toBe(0);

    for (const name of ['Viabilité économique', 'Inclusion des femmes et des jeunes', 'Capacité à porter le projet']) {
      await user.type(screen.getByRole('textbox', { name: `Note — ${name}` }), '5');
    }
    await user.click(screen.getByRole('button', { name: 'Enregistrer mes notes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vous gérez cette coopérative : vous ne pouvez pas évaluer sa candidature.',
    );
    await waitFor(() => expect(calls).toBe(1));
  });
});
