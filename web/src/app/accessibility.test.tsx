import { screen } from '@testing-library/react';
import { i18n } from '@/lib/i18n/i18n';
import { listItem, staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

afterEach(async () => {
  await i18n.changeLanguage('fr');
});

function directoryWith(total: number, items = [listItem]) {
  server.use(
    http.get('/api/v1/cooperatives', ({ response }) => response(200).json({ items, page: 1, pageSize: 20, total })),
  );
}

describe('counts in Arabic and French (plural forms)', () => {
  it.each([
    [0, 'لا توجد أي تعاونية'],
    [1, 'تعاونية واحدة'],
    [2, 'تعاونيتان'],
    [8, '8 تعاونيات'],
    [11, '11 تعاونية'],
    [100, '100 تعاونية'],
  ])('the Arabic directory shows %i cooperatives as "%s"', async (total, text) => {
    await i18n.changeLanguage('ar');
    directoryWith(total, total === 0 ? [] : [listItem]);
    renderApp('/cooperatives');
    expect(await screen.findByTestId('result-count')).toHaveTextContent(new RegExp(`^${text}$`));
  });

  it.each([
    [0, '0 coopérative'],
    [1, '1 coopérative'],
    [8, '8 coopératives'],
    [100, '100 coopératives'],
  ])('the French directory shows %i cooperatives as "%s"', async (total, text) => {
    directoryWith(total, total === 0 ? [] : [listItem]);
    renderApp('/cooperatives');
    const count = await screen.findByTestId('result-count');
    expect(count.textContent?.replace(/[\u202f\u00a0]/g, ' ')).toBe(text);
  });

  it('members and women agree in number: "dont 1 femme", "منهم امرأة واحدة", "منهم 8 نساء"', async () => {
    directoryWith(3, [
      { ...listItem, members: { total: 12, women: 1, youth: 0 } },
      { ...listItem, id: '11111111-1111-1111-1111-111111111112', members: { total: 20, women: 8, youth: 0 } },
      { ...listItem, id: '11111111-1111-1111-1111-111111111113', members: { total: 42, women: 40, youth: 0 } },
    ]);
    const { unmount } = renderApp('/cooperatives');
    expect(await screen.findByText('12 (dont 1 femme)')).toBeInTheDocument();
    expect(screen.getByText('20 (dont 8 femmes)')).toBeInTheDocument();
    unmount();

    await i18n.changeLanguage('ar');
    renderApp('/cooperatives');
    expect(await screen.findByText('12 (منهم امرأة واحدة)')).toBeInTheDocument();
    expect(screen.getByText('20 (منهم 8 نساء)')).toBeInTheDocument();
    expect(screen.getByText('42 (منهم 40 امرأة)')).toBeInTheDocument();
  });
});

describe('Latin runs in Arabic text', () => {
  it('a registration number is an isolated left-to-right run that does not wrap at its hyphens', async () => {
    await i18n.changeLanguage('ar');
    directoryWith(1, [{ ...listItem, registrationNumber: '01-2014-000041' }]);
    renderApp('/cooperatives');
    const number = await screen.findByTestId('registration-number');
    expect(number).toHaveTextContent('01-2014-000041');
    expect(number.tagName).toBe('BDI');
    expect(number).toHaveAttribute('dir', 'ltr');
    expect(number).toHaveClass('latin-run');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});

describe('labels Mantine writes itself are translated', () => {
  it('the password visibility toggle is labelled in the UI language, not "Toggle password visibility"', async () => {
    server.use(
      http.get('/api/v1/auth/me', ({ response }) =>
        response(401).json({ status: 401, title: 'Unauthorized', code: 'auth.required' }),
      ),
    );
    const { unmount } = renderApp('/sign-in');
    expect(await screen.findByRole('button', { name: 'Afficher ou masquer le mot de passe', hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toggle password visibility', hidden: true })).not.toBeInTheDocument();
    unmount();

    await i18n.changeLanguage('ar');
    renderApp('/sign-in');
    expect(await screen.findByRole('button', { name: 'إظهار كلمة المرور أو إخفاؤها', hidden: true })).toBeInTheDocument();
  });

  it('the account page uses the translated label for each of its password fields', async () => {
    server.use(http.get('/api/v1/auth/me', ({ response }) => response(200).json(staffMe)));
    renderApp('/account');
    const toggles = await screen.findAllByRole('button', { name: 'Afficher ou masquer le mot de passe', hidden: true });
    expect(toggles.length).toBeGreaterThanOrEqual(3);
  });
});
