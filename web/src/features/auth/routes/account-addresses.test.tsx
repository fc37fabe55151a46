import { screen } from '@testing-library/react';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { staffMe } from '@/testing/fixtures';

/** Issue 19 in the SPA: the account page shows the e-mail and the number, and adds the missing one with a code. */
describe('the account page’s addresses', () => {
  it('shows the e-mail as confirmed, adds a number with the SMS code, and then shows it', async () => {
    signedInAs({ ...staffMe, email: 'agent@coophub.ma', emailVerified: true, phone: null, phoneVerified: false });
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/users/me/addresses', async ({ request, response }) => {
        sent.push(await request.json());
        return response(202).json({ message: 'Un code à 6 chiffres part par SMS vers +212612345678.' });
      }),
      http.post('/api/v1/users/me/addresses/confirm', async ({ request, response }) => {
        sent.push(await request.json());
        signedInAs({ ...staffMe, email: 'agent@coophub.ma', emailVerified: true, phone: '+212612345678', phoneVerified: true });
        return response(204).empty();
      }),
    );
    const { user } = renderApp('/account');

    const addresses = await screen.findByTestId('account-addresses');
    expect(addresses).toHaveTextContent('agent@coophub.ma');
    expect(addresses).toHaveTextContent('Confirmé');
    expect(addresses).toHaveTextContent('Aucun pour l’instant');
    await user.click(screen.getByRole('button', { name: 'Ajouter un numéro de mobile' }));
    const number = screen.getByLabelText(/Numéro de mobile à ajouter/);
    expect(number).toHaveStyle({ direction: 'ltr' });
    expect(number).toHaveAttribute('type', 'tel');
    await user.type(number, '06 12 34 56 78');
    await user.click(screen.getByRole('button', { name: 'M’envoyer un code' }));

    expect(await screen.findByText(/part par SMS vers \+212612345678/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Code/), '123456');
    await user.click(screen.getByRole('button', { name: 'Ajouter cette adresse' }));

    expect(await screen.findByText(/C’est ajouté/)).toBeInTheDocument();
    expect(await screen.findByText('+212612345678')).toBeInTheDocument();
    expect(sent).toEqual([{ phone: '06 12 34 56 78' }, { code: '123456' }]);
    expect(screen.queryByRole('button', { name: /Ajouter un/ })).not.toBeInTheDocument();
  });

  it("opens the SMS's link with the code filled in and says so when another account has the address", async () => {
    signedInAs({ ...staffMe, email: null, emailVerified: false, phone: '+212612345678', phoneVerified: true });
    server.use(
      http.post('/api/v1/users/me/addresses/confirm', ({ response }) =>
        response(409).json({
          status: 409,
          title: 'Conflict',
          code: 'identity.address.taken',
          errors: { email: ['Un autre compte CoopHub utilise déjà cette adresse.'] },
        } as never),
      ),
    );
    const { user } = renderApp('/account?code=654321');

    expect(await screen.findByLabelText(/Code/)).toHaveValue('654321');
    await user.click(screen.getByRole('button', { name: 'Ajouter cette adresse' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Un autre compte CoopHub utilise déjà cette adresse.');
  });
});
