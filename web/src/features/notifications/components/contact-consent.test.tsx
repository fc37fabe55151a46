import { screen, waitFor, within } from '@testing-library/react';
import { details, staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { ChangeRegistryContactConsentCommand, RegistryContactConsent } from '@/lib/api/schema-types';

const nothing: RegistryContactConsent = {
  cooperativeId: details.id,
  channels: [
    { channel: 'email', hasAddress: true, enabled: false, source: null, method: null, givenOn: null, changedAt: null, changedBy: null },
    { channel: 'sms', hasAddress: false, enabled: false, source: null, method: null, givenOn: null, changedAt: null, changedBy: null },
  ],
  objections: ['calls', 'applications', 'events', 'networks', 'ideas'].flatMap((topic) =>
    ['email', 'sms'].map((channel) => ({ topic, channel, objected: false, source: null, method: null, givenOn: null, changedAt: null, changedBy: null })),
  ),
};

/** The API: the consent as recorded so far, and the change staff post (recorded, or refused with a field error). */
function consentApi(answer?: { status: 400; code: string; detail: string }) {
  const sent: ChangeRegistryContactConsentCommand[] = [];
  server.use(
    // The page's vault, which staff of the region see too: empty here.
    http.get('/api/v1/cooperatives/{cooperativeId}/documents', ({ response }) => response(200).json({ items: [], usedBytes: 0, quotaBytes: 104857600 })),
    http.get('/api/v1/notifications/registry-contacts/{cooperativeId}/consent', ({ response }) => response(200).json(nothing)),
    http.post('/api/v1/notifications/registry-contacts/{cooperativeId}/consent', async ({ request, response }) => {
      const body = (await request.json()) as ChangeRegistryContactConsentCommand;
      sent.push(body);
      if (answer) {
        return response(400).json({
          status: 400,
          title: 'Bad Request',
          detail: answer.detail,
          code: answer.code,
          errors: { channels: [answer.detail] },
        } as never);
      }
      if (body.topic && body.topic !== 'announcements') {
        return response(200).json({
          ...nothing,
          objections: nothing.objections.map((o) =>
            o.topic === body.topic && body.channels!.includes(o.channel)
              ? { ...o, objected: !body.enabled, source: 'staff', method: body.method!, givenOn: body.givenOn!, changedAt: '2026-12-06T10:00:00Z', changedBy: staffMe.id }
              : o,
          ),
        });
      }
      return response(200).json({
        ...nothing,
        channels: [
          {
            channel: 'email',
            hasAddress: true,
            enabled: true,
            source: 'staff',
            method: body.method,
            givenOn: body.givenOn,
            changedAt: '2026-12-06T10:00:00Z',
            changedBy: staffMe.id,
          },
          nothing.channels[1]!,
        ],
      });
    }),
  );
  return sent;
}

describe("a registry contact's consent on the cooperative's page", () => {
  it('lets staff of the region record a consent by e-mail, how and when, and shows its proof', async () => {
    signedInAs(staffMe);
    const sent = consentApi();
    const { user } = renderApp(`/cooperatives/${details.id}`);

    const card = await screen.findByTestId('contact-consent');
    expect(within(card).getByRole('heading', { name: 'Consentement du contact aux annonces' })).toBeInTheDocument();
    expect(await within(card).findByTestId('consent-email')).toHaveTextContent("Pas de consentementrien d'enregistré");
    expect(within(card).getByTestId('consent-sms')).toHaveTextContent('aucune adresse au registre');
    expect(within(card).getByRole('checkbox', { name: 'SMS' })).toBeDisabled();

    await user.click(within(card).getByRole('checkbox', { name: 'E-mail' }));
    await user.selectOptions(within(card).getByLabelText(/Comment le contact l'a exprimé/), 'formulaire signé');
    const date = within(card).getByLabelText(/Date de l'expression/);
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(within(card).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(card).findByRole('status')).toHaveTextContent('Enregistré');
    expect(sent).toEqual([{ topic: 'announcements', channels: ['email'], enabled: true, method: 'signed-form', givenOn: '2026-11-20' }]);
    await waitFor(() => expect(within(card).getByTestId('consent-email')).toHaveTextContent('Accord donné'));
    expect(within(card).getByTestId('consent-email')).toHaveTextContent('enregistré par un agent · formulaire signé · exprimé le');
  });

  it("shows the server's refusal on the channels field and records a withdrawal with the SMS channel enabled", async () => {
    signedInAs(staffMe);
    const sent = consentApi({ status: 400, code: 'notifications.consent.no_email', detail: "Le registre n'a pas d'adresse e-mail pour ce contact." });
    const { user } = renderApp(`/cooperatives/${details.id}`);

    const card = await screen.findByTestId('contact-consent');
    await within(card).findByTestId('consent-email');
    await user.click(within(card).getByRole('radio', { name: 'retire son consentement' }));
    expect(within(card).getByRole('checkbox', { name: 'SMS' })).toBeEnabled();
    await user.click(within(card).getByRole('checkbox', { name: 'E-mail' }));
    await user.selectOptions(within(card).getByLabelText(/Comment le contact l'a exprimé/), 'appel téléphonique');
    await user.click(within(card).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(card).findByText("Le registre n'a pas d'adresse e-mail pour ce contact.")).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ channels: ['email'], enabled: false, method: 'phone-call' });
  });

  it("records the contact's objection to calls by SMS, even without a mobile in the registry, and shows it with its proof", async () => {
    signedInAs(staffMe);
    const sent = consentApi();
    const { user } = renderApp(`/cooperatives/${details.id}`);

    const card = await screen.findByTestId('contact-consent');
    expect(await within(card).findByTestId('contact-objections')).toHaveTextContent('Aucune opposition enregistrée.');
    await user.selectOptions(within(card).getByLabelText('Sujet'), 'Appels à candidatures');
    expect(within(card).getByRole('radio', { name: "s'oppose à ces messages" })).toBeChecked();
    expect(within(card).queryByRole('radio', { name: 'donne son consentement' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('checkbox', { name: 'SMS' }));
    await user.selectOptions(within(card).getByLabelText(/Comment le contact l'a exprimé/), 'en personne');
    const date = within(card).getByLabelText(/Date de l'expression/);
    await user.clear(date);
    await user.type(date, '2026-11-22');
    await user.click(within(card).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(card).findByRole('status')).toHaveTextContent('Enregistré');
    expect(sent).toEqual([{ topic: 'calls', channels: ['sms'], enabled: false, method: 'in-person', givenOn: '2026-11-22' }]);
    const line = await within(card).findByTestId('objection-calls-sms');
    expect(line).toHaveTextContent('Appels à candidatures · SMS');
    expect(line).toHaveTextContent('opposé');
    expect(line).toHaveTextContent('enregistré par un agent · en personne · exprimé le');
    expect(within(card).queryByTestId('objection-calls-email')).not.toBeInTheDocument();
  });

  it('is not shown to staff of another region nor to visitors', async () => {
    signedInAs({ ...staffMe, regions: ['MA-02'] });
    renderApp(`/cooperatives/${details.id}`);
    expect(await screen.findByTestId('registration-number')).toBeInTheDocument();
    expect(screen.queryByTestId('contact-consent')).not.toBeInTheDocument();
  });
});
