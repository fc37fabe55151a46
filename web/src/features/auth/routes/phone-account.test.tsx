import { screen } from '@testing-library/react';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

/** Issue 19 item 1 in the SPA: one field takes an e-mail address or a Moroccan mobile number, and a number goes as `phone`. */
describe('accounts with a mobile number', () => {
  it('signs up with a number: the body carries phone and no email, and the next step is the SMS code', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/auth/sign-up', async ({ request, response }) => {
        sent.push(await request.json());
        return response(202).json({ message: 'Si le numéro peut recevoir un code, il arrive.' });
      }),
    );
    const { user } = renderApp('/sign-up');
    await user.type(await screen.findByLabelText(/Votre nom|Nom/), 'Khadija Amrani');
    const address = screen.getByLabelText(/Adresse e-mail ou numéro de mobile/);
    expect(address).toHaveStyle({ direction: 'ltr' });
    await user.type(address, '06 12 34 56 78');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'Tafilalet-Palmiers-2027');
    await user.click(screen.getByRole('button', { name: /Créer mon compte/ }));

    expect(await screen.findByText('Regardez vos SMS')).toBeInTheDocument();
    expect(sent).toEqual([expect.objectContaining({ phone: '06 12 34 56 78', displayName: 'Khadija Amrani' })]);
    expect(sent[0]).not.toHaveProperty('email');
    expect(screen.getByRole('link', { name: /reçu un code/ })).toHaveAttribute('href', '/verify-account?phone=06%2012%2034%2056%2078');
  });

  it("opens the SMS's link with the number and the code filled in, and confirms with phone and code", async () => {
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/auth/verify', async ({ request, response }) => {
        sent.push(await request.json());
        return response(204).empty();
      }),
    );
    const { user } = renderApp('/verify-account?phone=%2B212612345678&code=123456');
    expect(await screen.findByLabelText(/Adresse e-mail ou numéro de mobile/)).toHaveValue('+212612345678');
    await user.click(screen.getByRole('button', { name: /Confirmer mon compte/ }));
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(sent).toEqual([{ phone: '+212612345678', code: '123456' }]);
  });

  it("signs in with a number and shows the server's refusal of the number on the one field", async () => {
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/auth/sign-in', async ({ request, response }) => {
        sent.push(await request.json());
        return response(400).json({
          status: 400,
          title: 'Bad Request',
          code: 'validation.failed',
          errors: { phone: ['Indiquez un numéro de mobile marocain.'] },
        } as never);
      }),
    );
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText(/Adresse e-mail ou numéro de mobile/), '0536000000');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'secret-password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Indiquez un numéro de mobile marocain.')).toBeInTheDocument();
    expect(sent).toEqual([{ phone: '0536000000', password: 'secret-password' }]);
  });
});
