import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { idea } from '@/testing/bank-fixtures';

/** Pastes a value into a field (typing long texts key by key is slow under jsdom). */
async function fill(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

describe('idea form', () => {
  it('staff propose an idea of their own: checks before sending, then saves the draft and submits it for curation', async () => {
    signedInAs(staffMe);
    const created: unknown[] = [];
    const moves: unknown[] = [];
    const draft = { ...idea, id: 'a1a1a1a1-0000-0000-0000-0000000000aa', status: 'draft' as const, cooperativeId: null, publishedAt: null };
    server.use(
      http.post('/api/v1/ideas', async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json(draft, { status: 201, headers: { ETag: 'W/"1"' } });
      }),
      http.post('/api/v1/ideas/{id}/transitions', async ({ request, params }) => {
        expect(params.id).toBe(draft.id);
        moves.push(await request.json());
        return HttpResponse.json({ ...draft, status: 'submitted', version: 2 }, { headers: { ETag: 'W/"2"' } });
      }),
      http.get('/api/v1/ideas/{id}', () => HttpResponse.json({ ...draft, status: 'submitted', version: 2 }, { headers: { ETag: 'W/"2"' } })),
      http.get('/api/v1/ideas/{id}/financing', ({ response }) => response(200).json([])),
    );
    const { user, router } = renderApp('/ideas/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Proposer une idée de projet' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Sans coopérative (idée du personnel)' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Enregistrer et soumettre à la curation' }));
    expect(screen.getByRole('textbox', { name: /Titre en arabe/ })).toHaveAccessibleDescription(
      expect.stringContaining('Donnez le titre en arabe ou en français.'),
    );
    expect(screen.getByRole('textbox', { name: /Le problème/ })).toHaveAttribute('aria-invalid', 'true');
    expect(created).toEqual([]);

    await fill(user, screen.getByRole('textbox', { name: /Titre en arabe/ }), 'وحدة للتجفيف الشمسي');
    await fill(user, screen.getByRole('textbox', { name: /Le problème/ }), 'Pertes après récolte');
    await fill(user, screen.getByRole('textbox', { name: /La solution/ }), 'Séchoirs solaires');
    await user.click(screen.getByRole('combobox', { name: /Secteurs/ }));
    await user.click(await screen.findByRole('option', { name: 'Agriculture' }));
    await user.click(screen.getByRole('combobox', { name: 'Objectifs de développement durable' }));
    await user.click(await screen.findByRole('option', { name: 'ODD 7 — Énergie propre et d’un coût abordable' }));
    await user.click(await screen.findByRole('option', { name: 'ODD 2 — Faim « zéro »' }));
    await user.keyboard('{Escape}');
    await fill(user, screen.getByRole('textbox', { name: 'Investissement estimé (MAD)' }), '350000');
    await fill(user, screen.getByRole('textbox', { name: 'Emplois attendus' }), '8');
    await fill(user, screen.getByRole('textbox', { name: 'Dont pour des femmes' }), '6');
    await user.click(screen.getByRole('button', { name: 'Ajouter une pièce jointe' }));
    await fill(user, screen.getByRole('textbox', { name: 'Libellé de la pièce 1' }), 'Étude');
    await fill(user, screen.getByRole('textbox', { name: 'Lien de la pièce 1' }), 'docs.example.org/etude.pdf');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et soumettre à la curation' }));
    expect(screen.getByRole('textbox', { name: 'Lien de la pièce 1' })).toHaveAccessibleDescription(
      'Donnez un lien complet commençant par https:// ou http://.',
    );
    expect(created).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: 'Lien de la pièce 1' }));
    await fill(user, screen.getByRole('textbox', { name: 'Lien de la pièce 1' }), 'https://docs.example.org/etude.pdf');
    await user.click(screen.getByRole('button', { name: 'Enregistrer et soumettre à la curation' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/ideas/${draft.id}`));
    expect(created).toEqual([
      {
        cooperativeId: null,
        titleAr: 'وحدة للتجفيف الشمسي',
        titleFr: null,
        problem: 'Pertes après récolte',
        solution: 'Séchoirs solaires',
        sectors: ['agriculture'],
        regions: [],
        beneficiaries: null,
        investment: 350000,
        jobs: { total: 8, women: 6, youth: null },
        impact: { social: null, economic: null, environmental: null },
        sdgs: [2, 7],
        attachments: [{ label: 'Étude', url: 'https://docs.example.org/etude.pdf' }],
      },
    ]);
    expect(moves).toEqual([{ to: 'submitted' }]);
  }, 60_000);

  it('the server’s field errors land on their fields', async () => {
    signedInAs(staffMe);
    server.use(
      http.post('/api/v1/ideas', ({ response }) =>
        response(400).json({
          status: 400,
          title: 'One or more validation errors occurred.',
          code: 'validation',
          errors: { 'jobs.women': ['Women’s jobs cannot exceed the jobs expected.'] },
        }),
      ),
    );
    const { user } = renderApp('/ideas/new');
    await fill(user, await screen.findByRole('textbox', { name: /Titre en français/ }), 'Séchage solaire');
    await fill(user, screen.getByRole('textbox', { name: /Le problème/ }), 'Pertes');
    await fill(user, screen.getByRole('textbox', { name: /La solution/ }), 'Séchoirs');
    await user.click(screen.getByRole('combobox', { name: /Secteurs/ }));
    await user.click(await screen.findByRole('option', { name: 'Argan' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Certains champs sont à corriger');
    expect(screen.getByRole('textbox', { name: 'Dont pour des femmes' })).toHaveAccessibleDescription(
      'Women’s jobs cannot exceed the jobs expected.',
    );
  }, 30_000);
});
