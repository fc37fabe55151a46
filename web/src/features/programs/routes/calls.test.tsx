import { screen, waitFor, within } from '@testing-library/react';
import type { Me } from '@/lib/api/schema-types';
import { details, staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { call, openCallsForOujda, openCallsForTifaout, upcomingCall } from '@/testing/program-fixtures';

const OUJDA = '22222222-0000-0000-0000-000000000002';

const manager: Me = {
  ...staffMe,
  name: 'Gérante Tifaout',
  roles: ['coop-manager'],
  regions: [],
  cooperatives: [details.id, OUJDA],
};

describe('open calls', () => {
  it('lists the open calls with their program, Casablanca deadline, places and rules in words; upcoming ones on demand', async () => {
    const whens: (string | null)[] = [];
    server.use(
      http.get('/api/v1/calls', ({ request, response }) => {
        const when = new URL(request.url).searchParams.get('when');
        whens.push(when);
        const items = when === 'upcoming' ? [upcomingCall] : [call];
        return response(200).json({ items, page: 1, pageSize: 20, total: items.length });
      }),
    );
    const { user, router } = renderApp('/calls');
    const card = await screen.findByRole('article', { name: call.titleFr! });
    expect(within(card).getByRole('link', { name: call.titleFr! })).toHaveAttribute('href', `/calls/${call.id}`);
    expect(within(card).getByText('TAGHYIR')).toBeInTheDocument();
    // The server's Casablanca wall-clock time, whatever the machine's time zone.
    expect(within(card).getByTestId('call-deadline')).toHaveTextContent('23:59');
    expect(within(card).getByTestId('call-deadline')).toHaveTextContent('heure de Casablanca');
    expect(within(card).getByText('10')).toBeInTheDocument();
    const rules = within(card).getByTestId('call-rules');
    expect(rules).toHaveTextContent('Régions : Souss-Massa');
    expect(rules).toHaveTextContent('Coopératives dirigées par des femmes uniquement');
    expect(rules).toHaveTextContent('Au moins 7 membres');
    expect(within(card).getByRole('link', { name: 'Candidater' })).toHaveAttribute('href', `/calls/${call.id}/apply`);
    expect(screen.queryByTestId('eligibility-panel')).not.toBeInTheDocument();
    expect(whens).toEqual(['open']);

    await user.click(screen.getByText('À venir'));
    await waitFor(() => expect(router.state.location.search).toBe('?when=upcoming'));
    const upcoming = await screen.findByRole('article', { name: upcomingCall.titleFr! });
    expect(within(upcoming).getByText('Ouverture')).toBeInTheDocument();
    expect(within(upcoming).queryByRole('link', { name: 'Candidater' })).not.toBeInTheDocument();
    expect(whens.at(-1)).toBe('upcoming');
  });

  it('empty: says that no call is open', async () => {
    server.use(http.get('/api/v1/calls', ({ response }) => response(200).json({ items: [], page: 1, pageSize: 20, total: 0 })));
    renderApp('/calls');
    expect(await screen.findByText('Aucun appel n’est ouvert en ce moment')).toBeInTheDocument();
  });

  it('a coop manager sees "Am I eligible?" for each of their cooperatives: eligible with Apply, or the rules not met', async () => {
    signedInAs(manager);
    server.use(
      http.get('/api/v1/calls', ({ response }) => response(200).json({ items: [call], page: 1, pageSize: 20, total: 1 })),
      http.get('/api/v1/cooperatives/{id}', ({ params, response }) =>
        response(200).json(
          params.id === OUJDA
            ? { ...details, id: OUJDA, nameFr: 'Coopérative Al Fath de poterie', regionCode: 'MA-02', womenLed: false }
            : details,
        ),
      ),
      http.get('/api/v1/cooperatives/{id}/open-calls', ({ params, response }) =>
        response(200).json(params.id === OUJDA ? openCallsForOujda : openCallsForTifaout),
      ),
    );
    renderApp('/calls');
    const panel = await screen.findByTestId('eligibility-panel');
    expect(within(panel).getByRole('heading', { name: 'Suis-je éligible ?' })).toBeInTheDocument();
    const [tifaout, oujda] = await within(panel).findAllByTestId('eligibility-entry');

    await waitFor(() => expect(tifaout).toHaveTextContent(details.nameFr!));
    expect(within(tifaout!).getByText('Éligible')).toBeInTheDocument();
    expect(within(tifaout!).getByRole('link', { name: `Candidater pour ${details.nameFr}` })).toHaveAttribute(
      'href',
      `/calls/${call.id}/apply?cooperativeId=${details.id}`,
    );

    await waitFor(() => expect(oujda).toHaveTextContent('Coopérative Al Fath de poterie'));
    expect(oujda).toHaveTextContent('Non éligible : règles de l’appel non remplies');
    const failures = within(oujda!).getByTestId('eligibility-failures');
    expect(failures).toHaveTextContent('Région');
    expect(failures).toHaveTextContent('The call is for cooperatives of MA-09; this one is in MA-02.');
    expect(failures).toHaveTextContent('Direction féminine');
    expect(within(oujda!).queryByRole('link', { name: /Candidater/ })).not.toBeInTheDocument();
    // The manager applies from the panel, per cooperative, not from the card's generic button.
    expect(screen.queryByRole('link', { name: 'Candidater' })).not.toBeInTheDocument();
  });

  it('a cooperative that has applied links to its application with its state', async () => {
    signedInAs({ ...manager, cooperatives: [details.id] });
    server.use(
      http.get('/api/v1/calls', ({ response }) => response(200).json({ items: [call], page: 1, pageSize: 20, total: 1 })),
      http.get('/api/v1/cooperatives/{id}/open-calls', ({ response }) =>
        response(200).json([
          { call, eligible: true, failures: [], applicationId: 'd0000000-0000-0000-0000-000000000001', applicationStatus: 'eligible' },
        ]),
      ),
    );
    renderApp('/calls');
    const link = await screen.findByRole('link', { name: 'Voir la candidature' });
    expect(link).toHaveAttribute('href', '/applications/d0000000-0000-0000-0000-000000000001');
    expect(within(screen.getByTestId('eligibility-entry')).getAllByText('Éligible')).toHaveLength(2);
  });
});
