import { screen, within } from '@testing-library/react';
import { SESSION_HINT_KEY } from '@/lib/auth/session-hint';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

/** A server with a session cookie: signed in after POST /auth/sign-in until POST /auth/sign-out. */
function serverSession() {
  const state = { signedIn: false, meAsked: 0 };
  server.use(
    http.post('/api/v1/auth/sign-in', ({ response }) => {
      state.signedIn = true;
      return response(200).json(staffMe);
    }),
    http.post('/api/v1/auth/sign-out', ({ response }) => {
      state.signedIn = false;
      return response(204).empty();
    }),
    http.get('/api/v1/auth/me', ({ response }) => {
      state.meAsked += 1;
      return state.signedIn
        ? response(200).json(staffMe)
        : response(401).json({ status: 401, title: 'Unauthorized', code: 'auth.required' });
    }),
  );
  return state;
}

describe('the session hint across sign-in and sign-out', () => {
  it('an anonymous visitor sees the sign-in link and the app never asks /auth/me', async () => {
    localStorage.removeItem(SESSION_HINT_KEY);
    const session = serverSession();
    renderApp('/cooperatives');
    expect(await screen.findByRole('heading', { name: 'Annuaire des coopératives' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(session.meAsked).toBe(0);
  });

  it('signing in sets the hint, so the next page load asks /auth/me', async () => {
    localStorage.removeItem(SESSION_HINT_KEY);
    const session = serverSession();
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'staff@example.ma');
    await user.type(screen.getByLabelText(/Mot de passe/), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('button', { name: `Menu du compte de ${staffMe.name}` })).toBeInTheDocument();
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    expect(session.signedIn).toBe(true);
  });

  it('a signed-in browser stays signed in on reload; signing out clears the hint, so the next page load asks nobody', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const session = serverSession();
    session.signedIn = true;
    const first = renderApp('/cooperatives');
    await first.user.click(await screen.findByRole('button', { name: `Menu du compte de ${staffMe.name}` }));
    expect(session.meAsked).toBe(1);
    await first.user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Se déconnecter' }));
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    first.unmount();

    // A reload: a new app, the same browser storage.
    renderApp('/cooperatives');
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(session.meAsked).toBe(1);
  });
});
