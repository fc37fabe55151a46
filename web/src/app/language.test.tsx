import { screen, waitFor } from '@testing-library/react';
import { i18n } from '@/lib/i18n/i18n';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

afterEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('language switch', () => {
  it('switching to Arabic sets dir=rtl and lang=ar on <html> and remembers the choice', async () => {
    const { user } = renderApp('/cooperatives');
    expect(await screen.findByRole('heading', { name: 'Annuaire des coopératives' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    // A native select: the phone's own picker; its options carry the languages' own names.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), screen.getByRole('option', { name: 'العربية' }));

    expect(await screen.findByRole('heading', { name: 'دليل التعاونيات' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(localStorage.getItem('coophub.language')).toBe('ar');
  });
});

describe('language after sign-in', () => {
  function signInAnswers(language: string) {
    let signedIn = false;
    server.use(
      http.post('/api/v1/auth/sign-in', ({ response }) => {
        signedIn = true;
        return response(200).json({ ...staffMe, language });
      }),
      http.get('/api/v1/auth/me', ({ response }) =>
        signedIn
          ? response(200).json({ ...staffMe, language })
          : response(401).json({ status: 401, title: 'Unauthorized', code: 'auth.required' }),
      ),
    );
  }

  async function signIn(user: ReturnType<typeof renderApp>['user']) {
    await user.type(await screen.findByLabelText(/Adresse e-mail/), 'staff@example.ma');
    await user.type(screen.getByLabelText(/Mot de passe/), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
  }

  it("switches to the account's saved language when none was chosen in this browser", async () => {
    signInAnswers('ar');
    const { user } = renderApp('/sign-in');
    await signIn(user);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'ar'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(localStorage.getItem('coophub.language')).toBeNull();
  });

  it('keeps the language explicitly chosen in this browser and saves it to the account (the server then answers in it)', async () => {
    localStorage.setItem('coophub.language', 'fr');
    signInAnswers('ar');
    const saved: unknown[] = [];
    server.use(
      http.put('/api/v1/users/me/language', async ({ request, response }) => {
        saved.push(await request.json());
        return response(204).empty();
      }),
    );
    const { user, router } = renderApp('/sign-in');
    await signIn(user);
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/sign-in'));
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(saved).toEqual([{ language: 'fr' }]);
  });

  it('does not write the account when the browser chose nothing', async () => {
    signInAnswers('ar');
    let writes = 0;
    server.use(
      http.put('/api/v1/users/me/language', ({ response }) => {
        writes += 1;
        return response(204).empty();
      }),
    );
    const { user } = renderApp('/sign-in');
    await signIn(user);
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'ar'));
    expect(writes).toBe(0);
  });
});
