import { server } from '@/testing/server';
import { http } from '@/testing/http';
import { api, resetAntiforgeryToken } from '@/lib/api/client';
import { i18n } from '@/lib/i18n/i18n';

describe('antiforgery middleware', () => {
  beforeEach(() => resetAntiforgeryToken());

  it('refetches the token after a 400 auth.antiforgery and retries the request once', async () => {
    let tokens = 0;
    const sent: (string | null)[] = [];
    server.use(
      http.get('/api/v1/auth/antiforgery', ({ response }) => {
        tokens += 1;
        return response(200).json({ headerName: 'X-CSRF-TOKEN', token: `token-${tokens}` });
      }),
      http.post('/api/v1/users/me/password', async ({ request, response }) => {
        sent.push(request.headers.get('X-CSRF-TOKEN'));
        const body = await request.json();
        expect(body).toEqual({ currentPassword: 'a', newPassword: 'b' });
        // The live API answers this 400 without `errors`, though the contract declares a validation problem.
        if (sent.length === 1)
          return response(400).json({ status: 400, code: 'auth.antiforgery', title: 'bad token' } as never);
        return response(204).empty();
      }),
    );
    const result = await api.POST('/api/v1/users/me/password', { body: { currentPassword: 'a', newPassword: 'b' } });
    expect(result.response.status).toBe(204);
    expect(sent).toEqual(['token-1', 'token-2']);
  });

  it('does not send the header on safe requests', async () => {
    let header: string | null = 'unset';
    server.use(
      http.get('/api/v1/reference/sectors', ({ request, response }) => {
        header = request.headers.get('X-CSRF-TOKEN');
        return response(200).json([]);
      }),
    );
    await api.GET('/api/v1/reference/sectors');
    expect(header).toBeNull();
  });
});

describe('language middleware', () => {
  afterEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('asks every answer in the UI language, and in the new one after a switch', async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get('/api/v1/reference/sectors', ({ request, response }) => {
        asked.push(request.headers.get('Accept-Language'));
        return response(200).json([]);
      }),
    );
    await api.GET('/api/v1/reference/sectors');
    await i18n.changeLanguage('ar');
    await api.GET('/api/v1/reference/sectors');
    expect(asked).toEqual(['fr', 'ar']);
  });
});
