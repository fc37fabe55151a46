import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { listItem } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { i18n } from '@/lib/i18n/i18n';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import {
  attendance,
  byCode,
  code,
  event,
  eventId,
  organiserMe,
  registration,
  registrations,
} from '@/testing/event-fixtures';

function eventReads(ev = event) {
  server.use(
    http.get('/api/v1/events/{id}', () => HttpResponse.json(ev, { headers: { ETag: `"${ev.version}"` } })),
    http.get('/api/v1/events/{id}/attendance', ({ response }) => response(200).json(attendance)),
  );
}

describe('events', () => {
  afterEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('Arabic event page: the Arabic title has no language tag, the French-only description has one', async () => {
    await i18n.changeLanguage('ar');
    eventReads(); // titleAr and titleFr; descriptionFr only
    renderApp(`/events/${eventId}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(new RegExp(`^${event.titleAr!}$`));
    expect(heading.querySelector('[data-language-tag]')).toBeNull();
    const description = screen.getByTestId('event-description');
    expect(within(description).getByText(event.descriptionFr!)).toHaveAttribute('lang', 'fr');
    expect(within(description).getByTitle('النص بالفرنسية، غير متوفر بالعربية')).toHaveTextContent('بالفرنسية');
    expect(screen.getByRole('link', { name: 'إضافة إلى التقويم' })).toHaveAttribute('href', `/api/v1/events/${eventId}.ics?lang=ar`);
  });

  it('Arabic event page and list: a French-only title is shown in French, marked "بالفرنسية"', async () => {
    await i18n.changeLanguage('ar');
    const frenchOnly = { ...event, titleAr: null };
    eventReads(frenchOnly);
    server.use(http.get('/api/v1/events', ({ response }) => response(200).json({ items: [frenchOnly], page: 1, pageSize: 20, total: 1 })));
    const { unmount } = renderApp(`/events/${eventId}`);
    const heading = await screen.findByRole('heading', { level: 1, name: `${event.titleFr!} (النص بالفرنسية، غير متوفر بالعربية)` });
    expect(within(heading).getByText(event.titleFr!)).toHaveAttribute('dir', 'ltr');
    unmount();

    renderApp('/events');
    const row = (await screen.findAllByTestId('event-row'))[0]!;
    expect(within(row).getByText(event.titleFr!)).toHaveAttribute('lang', 'fr');
    expect(within(row).getByTitle('النص بالفرنسية، غير متوفر بالعربية')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'الاشتراك (تقويم إلكتروني)' })).toHaveAttribute('href', '/api/v1/events.ics?lang=ar');
  });

  it('list: upcoming events with kind, Casablanca wall-clock time, venue and seats; filters reach the API', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('/api/v1/events', ({ request, response }) => {
        queries.push(new URL(request.url).searchParams);
        return response(200).json({
          items: [event, { ...event, id: 'e0000000-0000-4000-8000-000000000002', capacity: 40, counts: { ...event.counts, seatsLeft: 12 } }],
          page: 1,
          pageSize: 20,
          total: 2,
        });
      }),
    );
    const { user, router } = renderApp('/events?region=MA-02');
    const rows = await screen.findAllByTestId('event-row');
    expect(rows).toHaveLength(2);
    expect(queries.at(-1)?.get('region')).toBe('MA-02');
    expect(queries.at(-1)?.get('when')).toBe('upcoming');
    const first = rows[0]!;
    expect(within(first).getByRole('link', { name: event.titleFr! })).toHaveAttribute('href', `/events/${eventId}`);
    expect(within(first).getByTestId('event-kind')).toHaveTextContent('Formation');
    // 09:00–16:00 as the server's Casablanca wall clock, whatever the machine's time zone.
    expect(within(first).getByTestId('event-when')).toHaveTextContent(/09:00.*16:00/);
    expect(within(first).getByTestId('event-venue')).toHaveTextContent('Bayt Al Karama');
    expect(within(first).getByTestId('seats-left')).toHaveTextContent('Complet');
    expect(within(rows[1]!).getByTestId('seats-left')).toHaveTextContent('12 places restantes');

    await user.click(await screen.findByRole('radio', { name: 'Passés' }));
    await waitFor(() => expect(router.state.location.search).toContain('when=past'));
    await waitFor(() => expect(queries.at(-1)?.get('when')).toBe('past'));
  });

  it('calendar: the month view puts each event on its day, and the month reaches the API', async () => {
    const months: (string | null)[] = [];
    server.use(
      http.get('/api/v1/events', ({ request, response }) => {
        const q = new URL(request.url).searchParams;
        months.push(q.get('month'));
        return response(200).json({ items: q.get('month') === '2030-09' ? [event] : [], page: 1, pageSize: 100, total: q.get('month') === '2030-09' ? 1 : 0 });
      }),
    );
    const { user } = renderApp('/events?view=calendar&month=2030-09');
    const calendar = await screen.findByTestId('events-calendar');
    const day = await waitFor(() => {
      const cell = calendar.querySelector('[data-date="2030-09-23"]');
      expect(cell).not.toBeNull();
      return cell as HTMLElement;
    });
    expect(await within(day).findByRole('link', { name: /Formation e-marketing/ })).toHaveTextContent('09:00');
    expect(months.at(-1)).toBe('2030-09');
    await user.click(screen.getByRole('button', { name: 'Mois suivant' }));
    await waitFor(() => expect(months.at(-1)).toBe('2030-10'));
    expect(await screen.findByText('Aucun événement ce mois-ci')).toBeInTheDocument();
  });

  it('event page: agenda, venue, organisers, program, calendar file and attendance summary, for anyone', async () => {
    eventReads();
    renderApp(`/events/${eventId}`);
    expect(await screen.findByRole('heading', { level: 1, name: event.titleFr! })).toBeInTheDocument();
    expect(screen.getByTestId('event-agenda')).toHaveTextContent('Travaux pratiques');
    expect(screen.getByRole('link', { name: 'DELIO' })).toHaveAttribute('href', `/programs/${event.programId}`);
    expect(screen.getByRole('link', { name: /ODCO Oriental/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Ajouter au calendrier/ })).toHaveAttribute('href', `/api/v1/events/${eventId}.ics?lang=fr`);
    expect(await screen.findByTestId('stat-registered')).toHaveTextContent('2 / 2');
    expect(screen.getByTestId('stat-waitlisted')).toHaveTextContent('1');
    // Anonymous: sign in first.
    expect(await screen.findByRole('link', { name: 'Se connecter pour s’inscrire' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'S’inscrire' })).not.toBeInTheDocument();
  });

  it('event page: registering when every seat is taken says "waitlisted (position N)" and shows the code once', async () => {
    signedInAs(organiserMe);
    eventReads();
    let sent: unknown = null;
    server.use(
      http.post('/api/v1/events/{id}/registrations', async ({ request, params, response }) => {
        expect(params.id).toBe(eventId);
        sent = await request.json();
        return response(201).json({
          registration: registration({ id: 'r0000000-0000-4000-8000-000000000009', attendeeName: 'Khadija Benali', attendeeRole: null, status: 'waitlisted', waitlistPosition: 2 }),
          code,
        });
      }),
    );
    const { user } = renderApp(`/events/${eventId}`);
    await user.click(await screen.findByRole('button', { name: 'S’inscrire' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Toutes les places sont prises : cette inscription ira en liste d’attente.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Une personne nommée' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Nom du participant/ }), 'Khadija Benali');
    await user.click(within(dialog).getByRole('button', { name: 'Inscrire' }));

    const outcome = await within(dialog).findByTestId('registration-outcome');
    expect(outcome).toHaveTextContent('Liste d’attente (position 2)');
    expect(outcome).toHaveAttribute('data-status', 'waitlisted');
    expect(sent).toEqual({ attendeeName: 'Khadija Benali', attendeeRole: null });
    const shown = within(dialog).getByTestId('registration-code');
    expect(shown).toHaveAttribute('data-code', code);
    expect(shown).toHaveTextContent('ABCD EFGH JKLM NPQR STUV WXYZ 2345 6789');
    expect(within(dialog).getByRole('button', { name: 'Copier le code' })).toBeInTheDocument();
    expect(within(dialog).getByText(/sans se connecter/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Ouvrir la page de l’inscription' })).toHaveAttribute('href', `/registrations/${code}`);
  });

  it('event page: a manager registers their cooperative; a second time is a 409 registration.duplicate in words', async () => {
    signedInAs({ ...organiserMe, roles: ['coop-manager'], regions: [], cooperatives: [listItem.id] });
    eventReads({ ...event, counts: { ...event.counts, seatsLeft: 5 }, capacity: 7 });
    const sent: unknown[] = [];
    server.use(
      http.post('/api/v1/events/{id}/registrations', async ({ request, response }) => {
        sent.push(await request.json());
        return response(409).json({
          status: 409,
          title: 'Conflict',
          code: 'registration.duplicate',
          // The server writes its explanation in the language the app asks for (ADR 0020).
          detail: 'Cette coopérative est déjà inscrite (ou en liste d’attente) à cet événement.',
        });
      }),
    );
    const { user } = renderApp(`/events/${eventId}`);
    await user.click(await screen.findByRole('button', { name: 'S’inscrire' }));
    const dialog = await screen.findByRole('dialog');
    // The manager's one cooperative is chosen already.
    expect(await within(dialog).findByRole('radio', { name: listItem.nameFr! })).toBeChecked();
    expect(within(dialog).queryByRole('searchbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
    expect(await within(dialog).findByTestId('register-error')).toHaveTextContent(
      'Cette coopérative est déjà inscrite (ou en liste d’attente) à cet événement.',
    );
    expect(sent).toEqual([{ cooperativeId: listItem.id, attendeeRole: null }]);
  });

  it('code page: shows the registration, cancels it after confirmation and names who was promoted', async () => {
    let cancelled = 0;
    server.use(
      http.get('/api/v1/registrations/{code}', ({ params, response }) => {
        expect(params.code).toBe(code);
        return response(200).json(byCode);
      }),
      http.post('/api/v1/registrations/{code}/cancel', ({ params, response }) => {
        expect(params.code).toBe(code);
        cancelled++;
        return response(200).json({
          registration: registration({ status: 'cancelled', cancelledAt: '2030-08-20T10:00:00Z' }),
          promoted: [registration({ id: 'r0000000-0000-4000-8000-000000000003', attendeeName: 'Youssef Amrani', status: 'registered', promotedAt: '2030-08-20T10:00:00Z' })],
        });
      }),
    );
    // Typed with spaces and in lower case: normalised.
    const { user, router } = renderApp('/registrations');
    await user.type(await screen.findByRole('textbox', { name: /Code d’inscription/ }), 'abcd efgh jklm npqr stuv wxyz 2345 6789');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/registrations/${code}`));
    const card = await screen.findByTestId('registration-by-code');
    expect(card).toHaveTextContent(event.titleFr!);
    expect(card).toHaveTextContent('Fatima Zahra');
    expect(within(card).getByTestId('registration-status')).toHaveTextContent('Inscrit');

    await user.click(within(card).getByRole('button', { name: 'Annuler mon inscription' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler l’inscription ?' });
    expect(dialog).toHaveTextContent('Votre place ira à la première personne de la liste d’attente.');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler l’inscription' }));

    const outcome = await screen.findByTestId('cancellation-outcome');
    expect(outcome).toHaveTextContent('Inscription annulée.');
    expect(within(outcome).getByTestId('promoted')).toHaveTextContent('Youssef Amrani');
    expect(cancelled).toBe(1);
    await waitFor(() => expect(within(card).getByTestId('registration-status')).toHaveTextContent('Annulée'));
    expect(within(card).queryByRole('button', { name: 'Annuler mon inscription' })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('code page: an unknown code says so', async () => {
    server.use(
      http.get('/api/v1/registrations/{code}', ({ response }) =>
        response(404).json({ status: 404, title: 'Not Found', code: 'registration.not_found', detail: 'No registration has this id or code.' }),
      ),
    );
    renderApp('/registrations/ZZZZ');
    expect(await screen.findByText('Code inconnu')).toBeInTheDocument();
  });

  it('registrations table: per-row check-in shows "attended" at once, then keeps the server answer', async () => {
    signedInAs(organiserMe);
    eventReads();
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    let body: unknown = null;
    let checkedIn = false;
    server.use(
      http.get('/api/v1/events/{id}/registrations', ({ response }) =>
        response(200).json(
          checkedIn
            ? { ...registrations, items: registrations.items.map((r, i) => (i === 0 ? { ...r, status: 'attended' as const, checkedInAt: '2030-09-23T08:05:00Z' } : r)) }
            : registrations,
        ),
      ),
      http.post('/api/v1/events/{id}/check-in', async ({ request, response }) => {
        body = await request.json();
        await answered;
        checkedIn = true;
        return response(200).json({
          registration: registration({ status: 'attended', checkedInAt: '2030-09-23T08:05:00Z' }),
          alreadyCheckedIn: false,
        });
      }),
    );
    const { user } = renderApp(`/events/${eventId}/manage`);
    const table = await screen.findByTestId('registrations-table');
    const row = within(table).getAllByTestId('registration-row')[0]!;
    expect(within(row).getByTestId('registration-status')).toHaveTextContent('Inscrit');
    // The waitlisted registration cannot be checked in; it shows its position.
    const waitlisted = within(table).getAllByTestId('registration-row')[2]!;
    expect(within(waitlisted).getByTestId('registration-status')).toHaveTextContent('Liste d’attente (position 1)');
    expect(within(waitlisted).queryByRole('button', { name: /^Pointer/ })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Pointer Fatima Zahra' }));
    // Optimistic: before the server has answered.
    await waitFor(() => expect(within(row).getByTestId('registration-status')).toHaveTextContent('Présent'));
    expect(within(row).queryByRole('button', { name: 'Pointer Fatima Zahra' })).not.toBeInTheDocument();
    expect(body).toEqual({ registrationId: registrations.items[0]!.id });
    release();
    await waitFor(() => expect(checkedIn).toBe(true));
    expect(within(row).getByTestId('registration-status')).toHaveTextContent('Présent');
  });

  it('registrations table: a refused check-in is rolled back and explained', async () => {
    signedInAs(organiserMe);
    eventReads();
    server.use(
      http.get('/api/v1/events/{id}/registrations', ({ response }) => response(200).json(registrations)),
      http.post('/api/v1/events/{id}/check-in', ({ response }) =>
        response(409).json({
          status: 409,
          title: 'Conflit',
          code: 'registration.cancelled',
          detail: 'Cette inscription a été annulée : impossible de la pointer.',
        }),
      ),
    );
    const { user } = renderApp(`/events/${eventId}/manage`);
    const table = await screen.findByTestId('registrations-table');
    const row = within(table).getAllByTestId('registration-row')[0]!;
    await user.click(within(row).getByRole('button', { name: 'Pointer Fatima Zahra' }));
    expect(await screen.findByTestId('row-error')).toHaveTextContent('Cette inscription a été annulée : impossible de la pointer.');
    expect(within(row).getByTestId('registration-status')).toHaveTextContent('Inscrit');
    expect(within(row).getByRole('button', { name: 'Pointer Fatima Zahra' })).toBeInTheDocument();
  });

  it('check-in by code: the typed code is normalised and a second check-in says "already"', async () => {
    signedInAs(organiserMe);
    eventReads();
    const sent: unknown[] = [];
    server.use(
      http.get('/api/v1/events/{id}/registrations', ({ response }) => response(200).json(registrations)),
      http.post('/api/v1/events/{id}/check-in', async ({ request, response }) => {
        sent.push(await request.json());
        return response(200).json({
          registration: registration({ status: 'attended', checkedInAt: '2030-09-23T08:05:00Z' }),
          alreadyCheckedIn: sent.length > 1,
        });
      }),
    );
    const { user } = renderApp(`/events/${eventId}/manage`);
    const input = await screen.findByRole('textbox', { name: 'Pointer avec un code d’inscription' });
    await user.type(input, 'abcd-efgh jklm');
    await user.click(screen.getByRole('button', { name: 'Pointer' }));
    expect(await screen.findByTestId('check-in-result')).toHaveTextContent('Fatima Zahra est pointé(e).');
    await user.type(input, 'ABCDEFGHJKLM');
    await user.click(screen.getByRole('button', { name: 'Pointer' }));
    await waitFor(() => expect(screen.getByTestId('check-in-result')).toHaveTextContent('Fatima Zahra était déjà pointé(e)'));
    expect(sent).toEqual([{ code: 'ABCDEFGHJKLM' }, { code: 'ABCDEFGHJKLM' }]);
  });

  it('attendance tab: counts, walk-in headcount saved, by region and women-led', async () => {
    signedInAs(organiserMe);
    eventReads();
    let walkIns: unknown = null;
    server.use(
      http.put('/api/v1/events/{id}/walk-ins', async ({ request }) => {
        walkIns = await request.json();
        return HttpResponse.json({ ...event, counts: { ...event.counts, walkIns: 80 }, version: 5 }, { headers: { ETag: '"5"' } });
      }),
    );
    const { user } = renderApp(`/events/${eventId}/manage?tab=attendance`);
    const dashboard = await screen.findByTestId('attendance-dashboard');
    expect(within(dashboard).getByTestId('dash-registered')).toHaveTextContent('2');
    expect(within(dashboard).getByTestId('by-region-table')).toHaveTextContent('Oriental');
    expect(within(dashboard).getByTestId('by-region-table')).toHaveTextContent('Sans coopérative');
    expect(within(dashboard).getByTestId('women-registered')).toHaveTextContent('1');
    const input = within(dashboard).getByRole('textbox', { name: /Personnes présentes sans inscription/ });
    await user.clear(input);
    await user.type(input, '80');
    await user.click(within(dashboard).getByRole('button', { name: 'Enregistrer le comptage' }));
    expect(await screen.findByTestId('walk-ins-saved')).toBeInTheDocument();
    expect(walkIns).toEqual({ walkIns: 80 });
  });

  it('editor: creating sends Casablanca wall-clock times without offset and opens the event', async () => {
    signedInAs(organiserMe);
    eventReads();
    let sent: Record<string, unknown> | null = null;
    server.use(
      http.post('/api/v1/events', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(event, { status: 201, headers: { ETag: '"1"' } });
      }),
    );
    const { user, router } = renderApp('/events/new');
    await user.click(await screen.findByRole('combobox', { name: /^Type/ }));
    await user.click(await screen.findByRole('option', { name: 'Formation' }));
    await user.click(screen.getByRole('textbox', { name: 'Titre en français' }));
    await user.paste('Formation test');
    // datetime-local inputs take a whole value at once.
    fireEvent.change(screen.getByLabelText(/^Début/), { target: { value: '2030-09-23T09:00' } });
    fireEvent.change(screen.getByLabelText(/^Fin/), { target: { value: '2030-09-23T16:00' } });
    await user.click(screen.getByRole('combobox', { name: /^Région/ }));
    await user.click(await screen.findByRole('option', { name: "L'Oriental" }));
    await user.click(screen.getByRole('textbox', { name: /^Capacité/ }));
    await user.paste('2');
    await user.click(screen.getByRole('button', { name: 'Ajouter un point au programme' }));
    await user.click(screen.getByRole('textbox', { name: 'Heure' }));
    await user.paste('09:00');
    await user.click(screen.getByRole('textbox', { name: 'Point en français' }));
    await user.paste('Accueil');
    await user.click(screen.getByRole('button', { name: 'Créer l’événement' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({
      kind: 'training',
      titleFr: 'Formation test',
      startsAt: '2030-09-23T09:00:00',
      endsAt: '2030-09-23T16:00:00',
      regionCode: 'MA-02',
      capacity: 2,
      status: 'draft',
      agenda: [{ time: '09:00', titleFr: 'Accueil', titleAr: null, titleEn: null }],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/events/${eventId}`));
  }, 60_000); // a whole form in jsdom: on a busy 2-core machine it has taken 30 s (4 s when quiet)

  it('my registrations: a manager sees their cooperatives’ registrations and cancels one', async () => {
    signedInAs({ ...organiserMe, roles: ['coop-manager'], regions: [], cooperatives: [listItem.id] });
    let cancelledPath = '';
    const mine = [
      {
        registration: registration({ cooperativeId: listItem.id, cooperativeNameFr: listItem.nameFr, attendeeName: null, status: 'waitlisted', waitlistPosition: 3 }),
        eventTitleAr: event.titleAr,
        eventTitleFr: event.titleFr,
        eventTitleEn: event.titleEn,
        startsAt: event.startsAt,
        eventStatus: 'published' as const,
      },
    ];
    server.use(
      http.get('/api/v1/events/registrations/mine', ({ response }) => response(200).json(mine)),
      http.post('/api/v1/events/{id}/registrations/{registrationId}/cancel', ({ params, response }) => {
        cancelledPath = `${params.id}/${params.registrationId}`;
        return response(200).json({ registration: registration({ status: 'cancelled' }), promoted: [] });
      }),
    );
    const { user } = renderApp('/my-registrations');
    const row = await screen.findByTestId('my-registration');
    expect(row).toHaveTextContent(event.titleFr!);
    expect(within(row).getByTestId('registration-status')).toHaveTextContent('Liste d’attente (position 3)');
    await user.click(within(row).getByRole('button', { name: `Annuler l’inscription de ${listItem.nameFr}` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler l’inscription' }));
    expect(await screen.findByTestId('cancellation-outcome')).toHaveTextContent('Personne n’attendait cette place.');
    expect(cancelledPath).toBe(`${eventId}/${mine[0]!.registration.id}`);
  });
});
