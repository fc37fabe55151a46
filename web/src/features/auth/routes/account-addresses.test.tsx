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

  it('proves an unconfirmed e-mail with the code sent to it', async () => {
    signedInAs({ ...staffMe, email: 'agent@coophub.ma', emailVerified: false, phone: null, phoneVerified: false });
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/users/me/addresses/verify', async ({ request, response }) => {
        sent.push(await request.json());
        return response(202).json({ message: 'Un code à 6 chiffres part vers agent@coophub.ma.' });
      }),
      http.post('/api/v1/users/me/addresses/confirm', async ({ request, response }) => {
        sent.push(await request.json());
        signedInAs({ ...staffMe, email: 'agent@coophub.ma', emailVerified: true, phone: null, phoneVerified: false });
        return response(204).empty();
      }),
    );
    const { user } = renderApp('/account');

    await user.click(await screen.findByRole('button', { name: 'Confirmer par un code : Adresse e-mail' }));
    expect(await screen.findByText(/part vers agent@coophub.ma/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Code/), '246810');
    await user.click(screen.getByRole('button', { name: 'Confirmer cette adresse' }));

    expect(await screen.findByText('Cette adresse est confirmée.')).toBeInTheDocument();
    expect(sent).toEqual([{ kind: 'email' }, { code: '246810' }]);
    expect(await screen.findByTestId('account-addresses')).toHaveTextContent('Confirmé');
    expect(screen.queryByRole('button', { name: /Confirmer par un code/ })).not.toBeInTheDocument();
  });

  it('changes the number with the password and the code sent to the new one', async () => {
    signedInAs({ ...staffMe, email: 'agent@coophub.ma', emailVerified: true, phone: '+212612345678', phoneVerified: true });
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/users/me/addresses/replace', async ({ request, response }) => {
        sent.push(await request.json());
        return response(202).json({ message: 'Un code à 6 chiffres part par SMS vers +212698765432.' });
      }),
      http.post('/api/v1/users/me/addresses/confirm', async ({ request, response }) => {
        sent.push(await request.json());
        signedInAs({ ...staffMe, email: 'agent@coophub.ma', emailVerified: true, phone: '+212698765432', phoneVerified: true });
        return response(204).empty();
      }),
    );
    const { user } = renderApp('/account');

    await user.click(await screen.findByRole('button', { name: 'Changer : Numéro de mobile' }));
    await user.type(screen.getByLabelText(/Nouveau numéro de mobile/), '0698765432');
    await user.type(screen.getByLabelText(/Votre mot de passe/), 'Tifinagh-Bayt-Karama-9');
    await user.click(screen.getByRole('button', { name: 'M’envoyer un code' }));
    expect(await screen.findByText(/vers \+212698765432/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Code/), '135790');
    await user.click(screen.getByRole('button', { name: 'Remplacer l’adresse' }));

    expect(await screen.findByText(/C’est changé/)).toBeInTheDocument();
    expect(await screen.findByText('+212698765432')).toBeInTheDocument();
    expect(sent).toEqual([{ phone: '0698765432', password: 'Tifinagh-Bayt-Karama-9' }, { code: '135790' }]);
  });

  it('removes the e-mail with the password, showing a wrong password on its field', async () => {
    signedInAs({ ...staffMe, email: 'agent@coophub.ma', emailVerified: true, phone: '+212612345678', phoneVerified: true });
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/users/me/addresses/remove', async ({ request, response }) => {
        const body = (await request.json()) as { password: string };
        sent.push(body);
        if (body.password !== 'Tifinagh-Bayt-Karama-9')
          return response(400).json({
            status: 400,
            title: 'Bad Request',
            code: 'identity.password.current_wrong',
            errors: { password: ['Le mot de passe actuel est incorrect.'] },
          } as never);
        signedInAs({ ...staffMe, email: null, emailVerified: false, phone: '+212612345678', phoneVerified: true });
        return response(204).empty();
      }),
    );
    const { user } = renderApp('/account');

    await user.click(await screen.findByRole('button', { name: 'Retirer : Adresse e-mail' }));
    await user.type(screen.getByLabelText(/Votre mot de passe/), 'pas-le-bon');
    await user.click(screen.getByRole('button', { name: 'Retirer cette adresse' }));
    expect(await screen.findByText('Le mot de passe actuel est incorrect.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/Votre mot de passe/));
    await user.type(screen.getByLabelText(/Votre mot de passe/), 'Tifinagh-Bayt-Karama-9');
    await user.click(screen.getByRole('button', { name: 'Retirer cette adresse' }));

    expect(await screen.findByText(/C’est retiré/)).toBeInTheDocument();
    expect(sent).toEqual([
      { kind: 'email', password: 'pas-le-bon' },
      { kind: 'email', password: 'Tifinagh-Bayt-Karama-9' },
    ]);
    expect(await screen.findByRole('button', { name: 'Ajouter une adresse e-mail' })).toBeInTheDocument();
    // The number is now the only address: it cannot be removed.
    expect(screen.queryByRole('button', { name: /Retirer/ })).not.toBeInTheDocument();
  });
});
