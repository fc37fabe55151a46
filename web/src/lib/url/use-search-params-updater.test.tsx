import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation, useNavigate } from 'react-router';
import { useUrlFilters } from '@/lib/url/use-url-filters';

type Handle = { update: (patch: Record<string, string>) => void; reset: () => void; back: () => void; search: string };

function mount(initial: string) {
  const handle = {} as Handle;
  function Probe() {
    const { update, reset } = useUrlFilters(['channel', 'status'] as const);
    const navigate = useNavigate();
    handle.update = update;
    handle.reset = reset;
    handle.back = () => void navigate(-1);
    handle.search = useLocation().search;
    return null;
  }
  const router = createMemoryRouter([{ path: '/log', element: <Probe /> }], { initialEntries: [initial] });
  render(<RouterProvider router={router} />);
  return handle;
}

test('two filters picked before the page re-renders are both kept (the second no longer undoes the first)', async () => {
  const page = mount('/log?channel=sms&status=dead&page=3');
  await act(async () => {
    page.update({ channel: 'email' });
    page.update({ status: 'sent' });
  });
  expect(Object.fromEntries(new URLSearchParams(page.search))).toEqual({ channel: 'email', status: 'sent' });

  await act(async () => {
    page.update({ channel: '' });
    page.update({ status: 'dead' });
    page.update({ channel: 'app' });
  });
  expect(Object.fromEntries(new URLSearchParams(page.search))).toEqual({ channel: 'app', status: 'dead' });
});

test('a navigation the filters did not ask for wins over what they asked for before it', async () => {
  const page = mount('/log?channel=sms');
  await act(async () => page.update({ status: 'sent' }));
  expect(page.search).toBe('?channel=sms&status=sent');
  await act(async () => page.back());
  expect(page.search).toBe('?channel=sms');
  await act(async () => page.update({ status: 'dead' }));
  expect(page.search).toBe('?channel=sms&status=dead');
  await act(async () => {
    page.reset();
    page.update({ status: 'queued' });
  });
  expect(page.search).toBe('?status=queued');
});
