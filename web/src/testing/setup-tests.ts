import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '@/testing/server';
import { catalogues } from '@/app/catalogues';
import { setSessionHint } from '@/lib/auth/session-hint';
import { initI18n } from '@/lib/i18n/i18n';
import { forgetWrites } from '@/lib/api/fresh-after-write';

// jsdom lacks these browser APIs that Mantine uses.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
});
window.HTMLElement.prototype.scrollIntoView = () => {};
Object.defineProperty(window, 'scrollTo', { writable: true, value: () => {} });

initI18n(catalogues, 'fr');
// Routes are lazily loaded chunks: the first render of a screen takes a moment.
configure({ asyncUtilTimeout: 8000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The browser has signed in before, so the app asks /auth/me and the test's answer (401 by default) decides who the
// caller is; src/lib/auth/get-me.test.ts covers the browser without the hint.
beforeEach(() => setSessionHint());
afterEach(() => {
  cleanup();
  // Mantine keeps its notifications in a module-level store, which outlives a test (and, in the 'shared' project
  // whose files share modules, a file).
  notifications.clean();
  server.resetHandlers();
  localStorage.clear();
  // A write in one test would make the next test's reads ask for fresh answers (lib/api/fresh-after-write.ts).
  forgetWrites();
});
afterAll(() => server.close());
