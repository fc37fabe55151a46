import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { UserDetails } from '@/lib/api/schema-types';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';

const adminMe = { ...staffMe, name: 'Admin', roles: ['admin'], regions: ['national'] };

const user: UserDetails = {
  id: '77777777-7777-7777-7777-777777777777',
  email: 'agent@example.ma',
  displayName: 'Agent ODCO',
  language: 'fr',
  roles: ['staff'],
  regions: ['MA-09'],
  cooperatives: [],
  networks: [],
  disabled: false,
  lockedUntil: null,
  lastSignInAt: null,
  version: 3,
  createdAt: '2026-01-10T09:00:00Z',
  updatedAt: '2026-01-10T09:00:00Z',
};

describe('user edit page', () => {
  it('saves with If-Match and says so; a concurrent change (412) offers to reload the account', async () => {
    signedInAs(adminMe);
    const ifMatch: (string | null)[] = [];
    let reads = 0;
    server.use(
      http.get('/api/v1/users/{id}', () => {
        reads += 1;
        return HttpResponse.json(user, { headers: { ETag: 'W/"3"' } });
      }),
      http.put('/api/v1/users/{id}', ({ request, response }) => {
        ifMatch.push(request.headers.get('If-Match'));
        return ifMatch.length === 1
          ? response(200).json(user)
          : response(412).json({ status: 412, title: 'Precondition Failed' });
      }),
    );
    const { user: u } = renderApp(`/admin/users/${user.id}`);
    expect(await screen.findByRole('heading', { name: 'Agent ODCO' })).toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Enregistré.')).toBeInTheDocument();
    expect(ifMatch).toEqual(['W/"3"']);

    await u.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Cette fiche a changé')).toBeInTheDocument();
    const before = reads;
    await u.click(screen.getByRole('button', { name: 'Recharger' }));
    await waitFor(() => expect(reads).toBeGreaterThan(before));
    await waitFor(() => expect(screen.queryByText('Cette fiche a changé')).not.toBeInTheDocument());
  });

  it('is for administrators only: staff are refused and the account is never read', async () => {
    signedInAs(staffMe);
    let read = false;
    server.use(
      http.get('/api/v1/users/{id}', () => {
        read = true;
        return HttpResponse.json(user);
      }),
    );
    renderApp(`/admin/users/${user.id}`);
    expect(await screen.findByText("Votre compte n'est pas autorisé à faire cela.")).toBeInTheDocument();
    expect(read).toBe(false);
  });
});
