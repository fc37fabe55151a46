import { screen, waitFor } from '@testing-library/react';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { http } from '@/testing/http';
import { details, staffMe } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

describe('cooperative forms', () => {
  it('register: shows each server validation message on its own field, and sends the CSRF header', async () => {
    signedInAs(staffMe);
    let csrf: string | null = null;
    server.use(
      http.post('/api/v1/cooperatives', ({ request, response }) => {
        csrf = request.headers.get('X-CSRF-TOKEN');
        return response(400).json({
          status: 400,
          title: 'One or more validation errors occurred.',
          code: 'validation',
          errors: {
            'members.women': ['Women members cannot outnumber all members.'],
            'sectors[0]': ["'zz' is not a sector code."],
            registrationNumber: ['The registration number is required.'],
          },
        });
      }),
    );
    const { user } = renderApp('/cooperatives/new');
    const women = await screen.findByRole('textbox', { name: 'Femmes membres' });
    await user.type(women, '50');
    await user.click(screen.getByRole('button', { name: 'Immatriculer' }));

    await waitFor(() => expect(women).toHaveAttribute('aria-invalid', 'true'));
    expect(women).toHaveAccessibleDescription(expect.stringContaining('Women members cannot outnumber all members.'));
    const regNumber = screen.getByRole('textbox', { name: /Numéro d'immatriculation/ });
    expect(regNumber).toHaveAccessibleDescription(expect.stringContaining('The registration number is required.'));
    expect(screen.getByText("'zz' is not a sector code.")).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger');
    expect(csrf).toBe('csrf-token-1');
  });

  it('register: a duplicate registration number (409) is shown on that field', async () => {
    signedInAs(staffMe);
    server.use(
      http.post('/api/v1/cooperatives', ({ response }) =>
        response(409).json({
          status: 409,
          title: 'Conflict',
          code: 'cooperative.registration_number_taken',
          detail: "A cooperative with registration number '09-2015-000123' is already registered.",
          errors: { registrationNumber: ['This registration number is already registered.'] },
        }),
      ),
    );
    const { user } = renderApp('/cooperatives/new');
    const regNumber = await screen.findByRole('textbox', { name: /Numéro d'immatriculation/ });
    await user.type(regNumber, '09-2015-000123');
    await user.click(screen.getByRole('button', { name: 'Immatriculer' }));
    await waitFor(() =>
      expect(regNumber).toHaveAccessibleDescription(expect.stringContaining('This registration number is already registered.')),
    );
  });

  it('edit: sends If-Match with the ETag read and says when someone else changed the record (412)', async () => {
    signedInAs(staffMe);
    let ifMatch: string | null = null;
    server.use(
      http.put('/api/v1/cooperatives/{id}', ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        return response(412).json({
          status: 412,
          title: 'Precondition Failed',
          code: 'concurrency.stale',
          detail: 'The cooperative was changed by someone else.',
        });
      }),
    );
    const { user } = renderApp(`/cooperatives/${details.id}/edit`);
    const name = await screen.findByRole('textbox', { name: 'Nom en français' });
    await user.clear(name);
    await user.type(name, 'Coopérative Tifaout');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText("Quelqu'un d'autre a modifié cette fiche : rechargez-la, puis refaites vos modifications."),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
    expect(ifMatch).toBe('W/"3"');
  });

  it('register: sends the contact language and the consent staff record', async () => {
    signedInAs(staffMe);
    let sent: Record<string, unknown> | null = null;
    server.use(
      http.post('/api/v1/cooperatives', async ({ request, response }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return response(400).json({ status: 400, title: 'Invalid', code: 'validation', errors: { registrationNumber: ['Required.'] } });
      }),
    );
    const { user } = renderApp('/cooperatives/new');
    await user.type(await screen.findByRole('textbox', { name: 'Adresse e-mail' }), 'contact@example.ma');
    await user.click(screen.getByRole('combobox', { name: 'Langue du contact' }));
    const options = await screen.findAllByRole('option', { name: 'Français' });
    await user.click(options.find((o) => o.tagName !== 'OPTION')!); // not the app's own language menu
    await user.click(screen.getByRole('checkbox', { name: /Le contact a accepté de recevoir les annonces/ }));
    await user.click(screen.getByRole('button', { name: 'Immatriculer' }));

    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!['contact']).toMatchObject({ email: 'contact@example.ma', language: 'fr' });
    expect(sent!['contactConsent']).toBe(true);
  });

  it('edit: asks the contact language but not the consent (recorded when registering)', async () => {
    signedInAs(staffMe);
    renderApp(`/cooperatives/${details.id}/edit`);
    expect(await screen.findByRole('combobox', { name: 'Langue du contact' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Le contact a accepté/ })).not.toBeInTheDocument();
  });
});
