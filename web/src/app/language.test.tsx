import { screen, waitFor } from '@testing-library/react';
import { i18n } from '@/lib/i18n/i18n';
import { renderApp } from '@/testing/render';

afterEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('language switch', () => {
  it('switching to Arabic sets dir=rtl and lang=ar on <html> and remembers the choice', async () => {
    const { user } = renderApp('/cooperatives');
    expect(await screen.findByRole('heading', { name: 'Annuaire des coopératives' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.click(screen.getByRole('combobox', { name: 'Langue' }));
    await user.click(await screen.findByRole('option', { name: 'العربية' }));

    expect(await screen.findByRole('heading', { name: 'دليل التعاونيات' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(localStorage.getItem('coophub.language')).toBe('ar');
  });
});
