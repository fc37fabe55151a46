import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { earlyScript, INTL_WORKER, routePattern } from './early-reads';

/** Runs the generated code as index.html would, in a page at `href` whose language is `language`. */
function run(href: string, language: string, code: string) {
  const fetched: string[] = [];
  const preloaded: string[] = [];
  const workers: string[] = [];
  const url = new URL(href);
  const window: Record<string, unknown> = {};
  runInNewContext(`(function(){var l=${JSON.stringify(language)};${code}})()`, {
    window,
    location: { pathname: url.pathname, search: url.search },
    Worker: function (this: unknown, u: string) {
      return { postMessage: (message: string) => workers.push(`${u} ${message}`) };
    },
    fetch: (u: string) => {
      fetched.push(u);
      return Promise.resolve(u);
    },
    document: {
      createElement: () => ({}),
      head: { appendChild: (link: { rel: string; href: string }) => preloaded.push(`${link.rel} ${link.href}`) },
    },
  });
  return { fetched, preloaded, workers, early: window.__coophubEarly as Record<string, unknown> };
}

const catalogues = {
  ar: { core: '/assets/ar-1.json', events: '/assets/ar-events.json', bank: '/assets/ar-bank.json' },
  fr: { core: '/assets/fr-1.json', events: '/assets/fr-events.json' },
};
const routes = [
  { pattern: '^/cooperatives/?$', reads: ['/api/v1/cooperatives?pageSize=20'], modules: ['/assets/directory-a.js'], plainOnly: true },
  {
    pattern: routePattern({ path: '/cooperatives/:id', module: '', reads: [], not: ['new'] }),
    reads: ['/api/v1/cooperatives/{id}', '/api/v1/cooperatives/{id}/status-history'],
    modules: ['/assets/detail-b.js'],
    plainOnly: false,
  },
  {
    pattern: '^/events/?$',
    reads: ['/api/v1/events?when=upcoming'],
    modules: ['/assets/events-c.js'],
    plainOnly: true,
    catalogues: ['events'],
    styles: ['/assets/events-c.css'],
  },
];
const code = earlyScript(catalogues, routes);

describe('the early reads script of index.html', () => {
  it("fetches the language's core catalogue and the page's reads, and preloads the page's modules", () => {
    const { fetched, preloaded, early } = run('https://coophub.ma/cooperatives', 'ar', code);
    expect(fetched).toEqual(['/assets/ar-1.json', '/api/v1/cooperatives?pageSize=20']);
    expect(preloaded).toEqual(['modulepreload /assets/directory-a.js']);
    expect(Object.keys(early)).toEqual(fetched);
  });

  it("puts the page's id into its reads", () => {
    const { fetched } = run('https://coophub.ma/cooperatives/42', 'fr', code);
    expect(fetched).toEqual(['/assets/fr-1.json', '/api/v1/cooperatives/42', '/api/v1/cooperatives/42/status-history']);
  });

  it('does not guess the reads of a filtered list, and knows nothing of other pages', () => {
    expect(run('https://coophub.ma/cooperatives?region=MA-01', 'fr', code).fetched).toEqual(['/assets/fr-1.json']);
    expect(run('https://coophub.ma/cooperatives?region=MA-01', 'fr', code).preloaded).toEqual(['modulepreload /assets/directory-a.js']);
    expect(run('https://coophub.ma/cooperatives/new', 'fr', code).preloaded).toEqual([]);
    expect(run('https://coophub.ma/networks', 'en', code).fetched).toEqual([]);
  });

  it("fetches the catalogues of the page's features in the page's language, and no other feature's", () => {
    expect(run('https://coophub.ma/events', 'ar', code).fetched).toEqual(['/assets/ar-1.json', '/assets/ar-events.json', '/api/v1/events?when=upcoming']);
    expect(run('https://coophub.ma/events?region=MA-01', 'fr', code).fetched).toEqual(['/assets/fr-1.json', '/assets/fr-events.json']);
  });

  it("adds the page's stylesheets beside its modules (Vite would ask for them only once the entry has run)", () => {
    expect(run('https://coophub.ma/events', 'ar', code).preloaded).toEqual(['modulepreload /assets/events-c.js', 'stylesheet /assets/events-c.css']);
  });

  it("starts the worker that loads ICU's data, for the page's locale, after the page's own requests", () => {
    const withWorker = earlyScript(catalogues, routes, '/assets/intl-warm-1.js');
    expect(run('https://coophub.ma/cooperatives', 'ar', withWorker).workers).toEqual(['/assets/intl-warm-1.js ar-MA']);
    expect(run('https://coophub.ma/events', 'fr', withWorker).workers).toEqual(['/assets/intl-warm-1.js fr-MA']);
    expect(run('https://coophub.ma/ideas', 'en', withWorker).workers).toEqual(['/assets/intl-warm-1.js en-GB']);
    expect(withWorker.indexOf('new Worker(')).toBeGreaterThan(withWorker.indexOf('modulepreload'));
    expect(run('https://coophub.ma/cooperatives', 'ar', code).workers).toEqual([]);
  });

  it("the worker builds the locale's formats and ends, even where one is refused", () => {
    for (const locale of ['ar-MA', 'fr-MA', 'en-GB', 'xx-not-a-locale!']) {
      const built: string[] = [];
      let closed = 0;
      const scope: Record<string, unknown> = {
        close: () => closed++,
        Intl: {
          NumberFormat: function (l: string) {
            built.push(`number ${l}`);
            return new Intl.NumberFormat(l);
          },
          DateTimeFormat: function (l: string, o: Intl.DateTimeFormatOptions) {
            built.push(`date ${l}`);
            return new Intl.DateTimeFormat(l, o);
          },
          PluralRules: function (l: string) {
            built.push(`plural ${l}`);
            return new Intl.PluralRules(l);
          },
        },
      };
      runInNewContext(INTL_WORKER, scope);
      (scope.onmessage as (e: { data: string }) => void)({ data: locale });
      expect(closed).toBe(1);
      expect(built[0]).toBe(`number ${locale}`);
      if (locale !== 'xx-not-a-locale!') expect(built).toEqual([`number ${locale}`, `date ${locale}`, `plural ${locale}`]);
    }
  });
});
