import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Request } from '@playwright/test';
import axe from 'axe-core';

/**
 * What the page sweeps check on every page they open, so one visit serves them all (CI's time budget): the console,
 * failed requests and answers >= 400 (watchConsole), and axe's serious or critical violations (axeFindings).
 */

/**
 * A page a visitor opens normally logs nothing: no console error or warning, no uncaught exception, no failed
 * request and no answer >= 400 (Chromium logs "Failed to load resource" for each of those). One exception: a static
 * asset whose download the browser abandons (net::ERR_ABORTED on /assets/, a module preload superseded by the module
 * itself on a busy machine) is not something the visitor sees; the sweep checks that every page rendered anyway.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  const where = () => new URL(page.url()).pathname;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${where()}: console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${where()}: uncaught ${e.name}: ${e.message}`));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '?';
    if (error === 'net::ERR_ABORTED' && new URL(r.url()).pathname.startsWith('/assets/')) return;
    problems.push(`${where()}: request failed: ${r.method()} ${r.url()} (${error})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${where()}: ${r.status()} on ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

export type Finding = { route: string; id: string; impact: string; help: string; targets: string[] };

/**
 * axe-core's serious and critical violations on the page as it is now. The app draws no frame: axe runs in the page
 * itself, loaded once per document (0.1-0.3 s a page). AxeBuilder runs each frame apart and then opens a blank page
 * to merge their results, 1.2-3.5 s a page here; it stays for a page that has frames.
 */
export async function axeFindings(page: Page, route: string): Promise<Finding[]> {
  const results: axe.AxeResults =
    page.frames().length > 1
      ? await new AxeBuilder({ page }).analyze()
      : await (async () => {
          if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
          return page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
        })();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      route,
      id: v.id,
      impact: v.impact!,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => {
        const data = n.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        const colours = data?.fgColor ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio})` : '';
        return `${n.target.join(' ')}${colours}`;
      }),
    }));
}

/**
 * The page's requests in flight. `waitForLoadState('networkidle')` resolves at once when the document reached that
 * state before, so it cannot wait for what a route change inside the app (history.pushState, signing out) starts;
 * this set can (see settled).
 */
export function requestsInFlight(page: Page): Set<Request> {
  const open = new Set<Request>();
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  // A document left behind aborts what it had in flight: requestfailed clears those.
  return open;
}

/** Waits until no request has been in flight for `quietMs` (a query that starts once the screen rendered counts too). */
export async function settled(page: Page, open: Set<Request>, quietMs = 500) {
  await expect
    .poll(
      async () => {
        if (open.size > 0) return open.size;
        await page.waitForTimeout(quietMs);
        return open.size;
      },
      { timeout: 30_000, intervals: [50] },
    )
    .toBe(0);
}
