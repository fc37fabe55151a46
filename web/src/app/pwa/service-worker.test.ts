import { announceUpdate, applyUpdate, loadedBeforeControl, subscribeToUpdate, updateWaiting } from '@/app/pwa/service-worker';

describe('service worker registration', () => {
  it('asks again, through the worker, for the hashed files and API reads of the first visit, and nothing else', () => {
    const origin = 'https://coophub.ma';
    const resources = [
      { name: `${origin}/assets/index-abc.js` },
      { name: `${origin}/assets/directory-route-x1.js` },
      { name: `${origin}/assets/ar-y2.js` },
      { name: `${origin}/assets/directory-route-x1.js` },
      { name: `${origin}/favicon.svg` },
      { name: 'https://elsewhere.example/assets/a.js' },
    ];
    const reads = [
      `${origin}/api/v1/cooperatives?pageSize=20`,
      `${origin}/api/v1/reference/regions`,
      `${origin}/api/v1/auth/me`,
    ];
    expect(loadedBeforeControl(resources, reads, origin)).toEqual([
      `${origin}/assets/index-abc.js`,
      `${origin}/assets/directory-route-x1.js`,
      `${origin}/assets/ar-y2.js`,
      `${origin}/api/v1/cooperatives?pageSize=20`,
      `${origin}/api/v1/reference/regions`,
    ]);
  });

  it('a waiting version is announced to the subscribers and takes over only when asked', async () => {
    const heard = vi.fn();
    const unsubscribe = subscribeToUpdate(heard);
    const apply = vi.fn(() => Promise.resolve());
    expect(updateWaiting()).toBe(false);
    announceUpdate(apply);
    expect(updateWaiting()).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(apply).not.toHaveBeenCalled();
    await applyUpdate();
    expect(apply).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
