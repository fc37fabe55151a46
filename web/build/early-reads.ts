import type { Plugin, Rollup } from 'vite';
import { localeOf, NUMBERING_SYSTEM, TIME_ZONE } from '../src/lib/i18n/locale';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The pages people reach first from outside (a search engine, a shared link), with what each one needs before it can
 * show anything: its screen's module (and the chunks it imports) and its API reads. index.html's inline script
 * starts them at once, while the app's own JavaScript is still on its way, instead of one after the other once it
 * has arrived (issue 16: the directory's first rows on a slow link).
 *
 * `path` is matched against location.pathname; `:id` is one path segment other than the words in `not`. Each `reads`
 * entry must be exactly what the screen asks for when it opens (early-reads.test.ts checks the directory's):
 * `{id}` takes the path's segment. With `plainOnly`, the reads are started only when the address has no query (a
 * filtered list asks for something else). `catalogues` names the features whose own catalogue the screen speaks with
 * (as its `page(…)` in src/app/routes.tsx does); the core catalogue is fetched for every page.
 */
export type EarlyRoute = {
  path: string;
  module: string;
  reads: readonly string[];
  plainOnly?: boolean;
  not?: readonly string[];
  catalogues?: readonly string[];
};

const REFERENCE = ['/api/v1/reference/regions', '/api/v1/reference/sectors'];

export const EARLY_ROUTES: readonly EarlyRoute[] = [
  {
    path: '/cooperatives',
    module: 'src/features/cooperatives/routes/directory-route.tsx',
    reads: ['/api/v1/cooperatives?pageSize=20', ...REFERENCE],
    plainOnly: true,
  },
  {
    path: '/cooperatives/:id',
    module: 'src/features/cooperatives/routes/detail-route.tsx',
    reads: ['/api/v1/cooperatives/{id}', '/api/v1/reference/legal-forms', ...REFERENCE, '/api/v1/cooperatives/{id}/status-history'],
    not: ['new', 'import'],
  },
  {
    path: '/calls',
    module: 'src/features/programs/routes/calls-route.tsx',
    reads: ['/api/v1/calls?when=open&pageSize=20', ...REFERENCE],
    plainOnly: true,
    catalogues: ['programs'],
  },
  {
    path: '/calls/:id',
    module: 'src/features/programs/routes/call-route.tsx',
    reads: ['/api/v1/calls/{id}'],
    not: ['new'],
    catalogues: ['programs'],
  },
  { path: '/calls/:id/apply', module: 'src/features/programs/routes/apply-route.tsx', reads: [], catalogues: ['programs'] },
  {
    path: '/events',
    module: 'src/features/events/routes/events-route.tsx',
    reads: ['/api/v1/events?when=upcoming&pageSize=20', '/api/v1/reference/regions'],
    plainOnly: true,
    catalogues: ['events'],
  },
  {
    path: '/ideas',
    module: 'src/features/bank/routes/ideas-route.tsx',
    reads: ['/api/v1/ideas?pageSize=12', ...REFERENCE],
    plainOnly: true,
    catalogues: ['bank'],
  },
];

/** The inline script's placeholder in index.html (a comment, so the page works unbuilt, e.g. with `vite dev`). */
export const PLACEHOLDER = '/*early-reads*/';

type Built = {
  pattern: string;
  reads: readonly string[];
  modules: readonly string[];
  plainOnly: boolean;
  catalogues?: readonly string[];
  styles?: readonly string[];
};

export function routePattern(route: EarlyRoute): string {
  const not = route.not?.length ? `(?!(?:${route.not.join('|')})/?$)` : '';
  return `^${route.path.replace(':id', `${not}([^/]+)`)}/?$`;
}

/**
 * A dynamically imported chunk's own file and every chunk it imports statically, less what index.html loads anyway;
 * with `styles`, the stylesheets of those chunks instead (Vite's preload helper waits for them before the screen's
 * module runs: fetched only then, they cost a round trip after the entry chunk has arrived, 0.45 s on the slow link).
 */
export function chunkClosure(bundle: OutputBundle, module: string, loaded: ReadonlySet<string>, styles = false): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`));
  if (!start) throw new Error(`early reads: no chunk for ${module}; did the route move?`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const walk = (c: OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const name of c.imports) {
      const next = byName.get(name);
      if (next) walk(next);
    }
  };
  walk(start);
  const files = styles
    ? [...seen].flatMap((f) => [...((byName.get(f) as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])])
    : [...seen];
  return [...new Set(files)].filter((f) => !loaded.has(f)).map((f) => `/${f}`);
}

/**
 * Each language's catalogue files as the build named them (see src/app/catalogue-loader.ts), by what they hold:
 * `core` (src/lib/i18n/locales) or a feature's name (src/features/<name>/locales).
 */
export function catalogueFiles(bundle: OutputBundle): Record<string, Record<string, string>> {
  const files: Record<string, Record<string, string>> = {};
  for (const item of Object.values(bundle)) {
    if (item.type !== 'asset') continue;
    for (const original of item.originalFileNames ?? []) {
      const path = original.replaceAll('\\', '/');
      const match = /(?:features\/([^/]+)|lib\/i18n)\/locales\/(ar|fr|en)\.json$/.exec(path);
      if (match) (files[match[2]!] ??= {})[match[1] ?? 'core'] = `/${item.fileName}`;
    }
  }
  return files;
}

/**
 * The code put in place of the placeholder, inside the inline script after it has chosen the language `l`: fetch
 * the language's core catalogue, and the page's feature catalogues and reads (kept in window.__coophubEarly for the
 * app, src/lib/api/early-reads.ts), preload the page's modules and add its stylesheets (a stylesheet a script adds
 * does not hold up the first paint; Vite's preload helper finds it there and does not wait for it again).
 */
export function earlyScript(
  catalogues: Record<string, Record<string, string>>,
  routes: readonly Built[],
  intlWorker?: string,
): string {
  const table = routes.map((r) => [r.pattern, r.reads, r.modules, r.plainOnly ? 1 : 0, r.catalogues ?? [], r.styles ?? []]);
  return (
    `var w=window,E=w.__coophubEarly={},C=${JSON.stringify(catalogues)},R=${JSON.stringify(table)},p=location.pathname,q=location.search;` +
    `function g(u){try{E[u]=fetch(u,{credentials:'same-origin'});E[u].catch(function(){})}catch(e){}}` +
    `function m(u,r){var k=document.createElement('link');k.rel=r||'modulepreload';k.crossOrigin='';k.href=u;document.head.appendChild(k)}` +
    `var c=C[l]||{};if(c.core)g(c.core);` +
    `for(var i=0;i<R.length;i++){var x=new RegExp(R[i][0]).exec(p);if(x){R[i][4].forEach(function(f){if(c[f])g(c[f])});R[i][2].forEach(function(u){m(u)});R[i][5].forEach(function(u){m(u,'stylesheet')});if(!(q&&R[i][3]))R[i][1].forEach(function(u){g(u.split('{id}').join(x[1]))});break}}` +
    (intlWorker
      ? `try{new Worker(${JSON.stringify(intlWorker)}).postMessage(${JSON.stringify(LOCALES)}[l])}catch(e){}`
      : '')
  );
}

/** Each UI language's formatting locale, as the app formats (`localeOf`), for the worker below. */
const LOCALES = Object.fromEntries(['ar', 'fr', 'en'].map((language) => [language, localeOf(language)]));

/**
 * The worker index.html starts last (ADR 0036): it builds one number, date and plural format of the page's locale
 * (`localeOf`'s, with the app's digits) and ends. The first formatter of a page makes ICU load that locale's data, 50–170 ms
 * of this machine's main thread in one piece (four times that on a slow phone), inside the render of the first rows;
 * ICU's data and caches belong to the renderer process, so once a worker has loaded them the page's own first
 * formatter costs a tenth of a millisecond. A same-origin file, as the CSP wants (no blob: or data: workers).
 */
export const INTL_WORKER =
  `onmessage=function(e){var l=e.data,n='${NUMBERING_SYSTEM}';try{` +
  "new Intl.NumberFormat(l,{numberingSystem:n}).format(1234.5);" +
  `new Intl.DateTimeFormat(l,{numberingSystem:n,dateStyle:'medium',timeStyle:'short',timeZone:'${TIME_ZONE}'}).format(0);` +
  'new Intl.PluralRules(l).select(2)}catch(x){}close()}';

/** The worker's file among the build's assets. */
function intlWorkerFile(bundle: OutputBundle): string | undefined {
  const asset = Object.values(bundle).find((item) => item.type === 'asset' && item.names?.includes('intl-warm.js'));
  return asset && `/${asset.fileName}`;
}

/** Vite plugin: fills index.html's placeholder from the build's own chunks and catalogue files. */
export function earlyReads(routes: readonly EarlyRoute[] = EARLY_ROUTES): Plugin {
  return {
    name: 'coophub-early-reads',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'asset', name: 'intl-warm.js', source: INTL_WORKER });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        if (!html.includes(PLACEHOLDER)) throw new Error(`early reads: index.html has no ${PLACEHOLDER} in its inline script`);
        const loaded = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!));
        const loadedStyles = new Set([...html.matchAll(/href="\/([^"]+\.css)"/g)].map((m) => m[1]!));
        const bundle = ctx.bundle as unknown as OutputBundle;
        const built = routes.map((r) => ({
          pattern: routePattern(r),
          reads: r.reads,
          modules: chunkClosure(bundle, r.module, loaded),
          styles: chunkClosure(bundle, r.module, loadedStyles, true),
          plainOnly: r.plainOnly === true,
          catalogues: r.catalogues ?? [],
        }));
        const worker = intlWorkerFile(bundle);
        if (!worker) throw new Error('early reads: the build has no intl-warm.js');
        return html.replace(PLACEHOLDER, earlyScript(catalogueFiles(bundle), built, worker));
      },
    },
  };
}
