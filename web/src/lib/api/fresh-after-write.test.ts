import { afterEach, vi } from 'vitest';
import { api, resetAntiforgeryToken } from '@/lib/api/client';
import { FRESH_AFTER_WRITE_MS, noteWrite } from '@/lib/api/fresh-after-write';
import { http } from '@/testing/http';
import { server } from '@/testing/server';

/**
 * After a change of hers is written, the reads that follow ask for a fresh answer (`X-CoopHub-Fresh: 1`), which the
 * service worker never answers with the copy saved before the change (build/pwa.ts).
 */
describe('reads after a write', () => {
  const asked: (string | null)[] = [];
  let writeStatus = 204;

  beforeEach(() => {
    asked.length = 0;
    writeStatus = 204;
    resetAntiforgeryToken();
    server.use(
      http.get('/api/v1/auth/antiforgery', ({ response }) => response(200).json({ headerName: 'X-CSRF-TOKEN', token: 't' })),
      http.get('/api/v1/reference/sectors', ({ request, response }) => {
        asked.push(request.headers.get('X-CoopHub-Fresh'));
        return response(200).json([]);
      }),
      http.post('/api/v1/users/me/password', ({ response }) =>
        writeStatus === 204 ? response(204).empty() : response(400).json({ status: 400, code: 'auth.password_wrong', title: 'wrong' } as never),
      ),
    );
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const read = () => api.GET('/api/v1/reference/sectors');
  const write = () => api.POST('/api/v1/users/me/password', { body: { currentPassword: 'a', newPassword: 'b' } });

  it('are ordinary before any write, fresh right after a written change, and ordinary again once it is past', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await read();
    expect((await write()).response.status).toBe(204);
    await read();
    vi.setSystemTime(Date.now() + FRESH_AFTER_WRITE_MS + 1);
    await read();
    expect(asked).toEqual([null, '1', null]);
  });

  it('stay ordinary after a refused write (nothing changed)', async () => {
    writeStatus = 400;
    expect((await write()).response.status).toBe(400);
    await read();
    expect(asked).toEqual([null]);
  });

  it('are fresh after an upload sent outside the client (noteWrite)', async () => {
    noteWrite();
    await read();
    expect(asked).toEqual(['1']);
  });
});
