afterEach(() => {
  delete window.__coophubEarly;
  vi.resetModules();
});

describe('early reads', () => {
  it('are taken once by the app for the same GET, and still listed for the service worker afterwards', async () => {
    const early = Promise.resolve(new Response('{"items":[]}'));
    window.__coophubEarly = { '/api/v1/cooperatives?pageSize=20': early };
    const { earlyReadPaths, takeEarlyRead } = await import('@/lib/api/early-reads');

    expect(takeEarlyRead(`${window.location.origin}/api/v1/cooperatives?pageSize=20`, 'POST')).toBeUndefined();
    expect(takeEarlyRead('/api/v1/cooperatives?pageSize=50')).toBeUndefined();
    expect(takeEarlyRead(`${window.location.origin}/api/v1/cooperatives?pageSize=20`)).toBe(early);
    expect(takeEarlyRead('/api/v1/cooperatives?pageSize=20')).toBeUndefined();
    expect(earlyReadPaths()).toEqual(['/api/v1/cooperatives?pageSize=20']);
  });

  it('a failed early read is asked again', async () => {
    window.__coophubEarly = { '/api/v1/reference/regions': Promise.reject(new TypeError('Failed to fetch')) };
    window.__coophubEarly['/api/v1/reference/regions']!.catch(() => undefined);
    const { fetchWithEarlyReads } = await import('@/lib/api/early-reads');
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      fetched.push(request.url);
      return new Response('[]');
    });
    const response = await fetchWithEarlyReads(new Request(`${window.location.origin}/api/v1/reference/regions`));
    expect(await response.text()).toBe('[]');
    expect(fetched).toEqual([`${window.location.origin}/api/v1/reference/regions`]);
    vi.unstubAllGlobals();
  });
});
