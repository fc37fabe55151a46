import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { PHONE_QUERY } from '@/components/use-phone';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import type { SegmentMessageDetails, SegmentMessagePreview } from '@/lib/api/schema-types';
import { filledTexts, emptyTexts } from '@/features/notifications/routes/announcement-values';

const first: SegmentMessagePreview = { cooperatives: 3, inapp: 2, email: 3, sms: 1, total: 6, regions: ['MA-09'], fingerprint: 'a'.repeat(64) };
const changed: SegmentMessagePreview = { ...first, email: 4, total: 7, fingerprint: 'b'.repeat(64) };

const campaign = (progress: SegmentMessageDetails['progress'], status: string): SegmentMessageDetails => ({
  id: 'cccccccc-cccc-cccc-cccc-cccccccccccc',
  status,
  createdAt: '2027-05-12T09:00:00Z',
  createdBy: 'Délégation Souss-Massa',
  filter: { region: null, womenLed: true },
  regions: ['MA-09'],
  texts: [{ language: 'fr', subject: 'Formation au marketing', body: 'La délégation organise une formation.' }],
  cooperatives: 3,
  planned: { inapp: 2, email: 4, sms: 1 },
  progress,
  fannedOutAt: null,
});

const desktopMatchMedia = window.matchMedia;

function phoneWidth() {
  window.matchMedia = vi.fn().mockImplementation((query: string) => ({
    matches: query === PHONE_QUERY,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }));
}

/** The API: the first preview goes stale (the first send is 409), the second is sent; progress completes on the second read. */
function segmentApi() {
  const previews: string[] = [];
  const sends: unknown[] = [];
  let previewed = 0;
  let reads = 0;
  let sent = false;
  server.use(
    http.get('/api/v1/notifications/segment-messages/preview', ({ query, response }) => {
      previews.push(query.get('region') ?? 'all');
      previewed++;
      return response(200).json(previewed === 1 ? first : changed);
    }),
    http.post('/api/v1/notifications/segment-messages', async ({ request, response }) => {
      const body = (await request.json()) as { fingerprint: string };
      sends.push(body);
      if (body.fingerprint !== changed.fingerprint)
        return response(409).json(
          { status: 409, title: 'Conflict', code: 'notifications.audience_changed', detail: 'changed' },
          { headers: { 'content-type': 'application/problem+json' } },
        );
      sent = true;
      return response(202).json(campaign({ total: 7, queued: 7, sent: 0, failed: 0 }, 'preparing'));
    }),
    http.get('/api/v1/notifications/segment-messages/{id}', ({ response }) => {
      reads++;
      return response(200).json(
        reads === 1 ? campaign({ total: 7, queued: 4, sent: 3, failed: 0 }, 'sending') : campaign({ total: 7, queued: 0, sent: 7, failed: 0 }, 'completed'),
      );
    }),
    http.get('/api/v1/notifications/segment-messages', ({ response }) =>
      response(200).json(
        sent
          ? { items: [campaign({ total: 7, queued: 0, sent: 7, failed: 0 }, 'completed')], page: 1, pageSize: 10, total: 1 }
          : { items: [], page: 1, pageSize: 10, total: 0 },
      ),
    ),
  );
  return { previews, sends };
}

describe('message a segment (staff)', () => {
  afterEach(() => {
    window.matchMedia = desktopMatchMedia;
  });

  it('previews the audience per channel, asks for confirmation, previews again when the audience changed, then follows the sending to the end', async () => {
    signedInAs(staffMe);
    const { previews, sends } = segmentApi();
    const { user } = renderApp('/admin/announcements');

    expect(await screen.findByRole('heading', { level: 1, name: 'Écrire à un segment de coopératives' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Écrire aux coopératives' })).toHaveAttribute('href', '/admin/announcements');
    expect(await screen.findByText("Aucun message envoyé pour l'instant.")).toBeInTheDocument();
    expect(screen.getByTestId('review-button')).toBeDisabled();

    await user.click(screen.getByTestId('preview-button'));
    expect(await screen.findByTestId('preview-total')).toHaveTextContent('6');
    expect(screen.getByTestId('preview-cooperatives')).toHaveTextContent('3');
    expect(screen.getByTestId('preview-sms')).toHaveTextContent('1');
    expect(previews).toEqual(['all']);

    // Pasted, not typed: each keystroke re-renders the whole form, which made this test race its timeout on a busy machine.
    await user.click(screen.getByTestId('subject-fr'));
    await user.paste('Formation au marketing');
    expect(screen.getByTestId('review-button')).toBeDisabled(); // a subject without its text is not a message
    await user.click(screen.getByTestId('body-fr'));
    await user.paste('La délégation organise une formation.');
    await user.click(screen.getByTestId('review-button'));
    expect(within(screen.getByTestId('confirmation')).getByText(/6 messages seront envoyés aux personnes de 3 coopératives, en : Français/)).toBeInTheDocument();

    await user.click(screen.getByTestId('confirm-button'));
    expect(await screen.findByTestId('audience-changed')).toHaveTextContent('Le public a changé');
    await waitFor(() => expect(screen.getByTestId('preview-total')).toHaveTextContent('7'));
    expect(sends).toHaveLength(1);

    await user.click(screen.getByTestId('review-button'));
    await user.click(screen.getByTestId('confirm-button'));
    expect(await screen.findByTestId('sending-progress')).toBeInTheDocument();
    expect(sends[1]).toEqual({
      filter: {},
      texts: [{ language: 'fr', subject: 'Formation au marketing', body: 'La délégation organise une formation.' }],
      fingerprint: changed.fingerprint,
    });
    await waitFor(() => expect(screen.getByTestId('sending-status')).toHaveTextContent('Terminé'), { timeout: 4000 });
    expect(screen.getByTestId('progress-text')).toHaveTextContent('7 sur 7 envoyés');
    expect(await screen.findByTestId('segment-message')).toHaveTextContent('Formation au marketing');
  });

  it('lists past messages as cards on a phone', async () => {
    phoneWidth();
    signedInAs(staffMe);
    server.use(
      http.get('/api/v1/notifications/segment-messages', ({ response }) =>
        response(200).json({ items: [campaign({ total: 7, queued: 0, sent: 6, failed: 1 }, 'completed')], page: 1, pageSize: 10, total: 1 }),
      ),
    );
    renderApp('/admin/announcements');
    const card = await screen.findByTestId('segment-message');
    expect(card.tagName).toBe('LI');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(card).toHaveTextContent('6 sur 7 envoyés');
    expect(card).toHaveTextContent('Terminé');
  });

  it('is for staff and administrators only', async () => {
    signedInAs({ ...staffMe, roles: ['coop-manager'], regions: [] });
    renderApp('/admin/announcements');
    expect(await screen.findByText("Votre compte n'est pas autorisé à faire cela.")).toBeInTheDocument();
  });

  it('sends only the languages written in full, trimmed', () => {
    const texts = { ...emptyTexts, ar: { subject: ' دورة ', body: ' نص ' }, en: { subject: 'Training', body: '' } };
    expect(filledTexts(texts)).toEqual([{ language: 'ar', subject: 'دورة', body: 'نص' }]);
  });
});
