import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { getMe, getMeQueryOptions } from '@/lib/auth/get-me';
import { clearSessionHint, hasSessionHint, SESSION_HINT_KEY, setSessionHint } from '@/lib/auth/session-hint';
import { staffMe } from '@/testing/fixtures';
import { http } from '@/testing/http';
import { server } from '@/testing/server';

function answerMe(status: 200 | 401) {
  const asked: number[] = [];
  server.use(
    http.get('/api/v1/auth/me', ({ response }) => {
      asked.push(status);
      return status === 200
        ? response(200).json(staffMe)
        : response(401).json({ status: 401, title: 'Unauthorized', code: 'auth.required' });
    }),
  );
  return asked;
}

describe('who the caller is, and whether to ask', () => {
  it('without the session hint the visitor is anonymous and the server is not asked', async () => {
    clearSessionHint();
    const asked = answerMe(200);
    expect(await getMe()).toBeNull();
    expect(asked).toEqual([]);
  });

  it('with the hint the server is asked, and a signed-in answer keeps the hint', async () => {
    setSessionHint();
    const asked = answerMe(200);
    expect(await getMe()).toEqual(staffMe);
    expect(asked).toEqual([200]);
    expect(hasSessionHint()).toBe(true);
  });

  it('a 401 (the session ended on the server) makes the caller anonymous and clears the hint, so the next time nobody is asked', async () => {
    setSessionHint();
    const asked = answerMe(401);
    expect(await getMe()).toBeNull();
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    expect(await getMe()).toBeNull();
    expect(asked).toEqual([401]);
  });

  it('when storage is unavailable the server is asked, as before the hint existed', async () => {
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    try {
      const asked = answerMe(200);
      expect(await getMe()).toEqual(staffMe);
      expect(asked).toEqual([200]);
    } finally {
      spy.mockRestore();
    }
  });

  it("an anonymous visitor's answer is there on the first render: no pending state, no request, no second render", () => {
    clearSessionHint();
    const asked = answerMe(200);
    const result = new QueryObserver(new QueryClient(), getMeQueryOptions()).getCurrentResult();
    expect(result.status).toBe('success');
    expect(result.data).toBeNull();
    expect(asked).toEqual([]);
  });

  it('with the hint the answer is awaited from the server', () => {
    setSessionHint();
    const result = new QueryObserver(new QueryClient(), getMeQueryOptions()).getCurrentResult();
    expect(result.status).toBe('pending');
    expect(result.data).toBeUndefined();
  });
});
