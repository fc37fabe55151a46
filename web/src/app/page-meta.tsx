import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The public sections people reach from a search engine, each with its own description (catalogue meta.description). */
const DESCRIBED = new Set(['cooperatives', 'networks', 'organisations', 'programs', 'calls', 'ideas', 'competitions', 'events', 'dashboard']);

/** The section's name in the menu, when the page has no heading yet. */
const SECTION_NAME: Record<string, string> = {
  cooperatives: 'nav.directory',
  networks: 'nav.networks',
  organisations: 'nav.organisations',
  programs: 'nav.programs',
  calls: 'nav.calls',
  ideas: 'nav.ideas',
  competitions: 'nav.competitions',
  events: 'nav.events',
  dashboard: 'nav.dashboard',
};

function descriptionTag(): HTMLMetaElement {
  let tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!tag) {
    tag = document.createElement('meta');
    tag.name = 'description';
    document.head.appendChild(tag);
  }
  return tag;
}

/**
 * The document's title and description in the page's language (issue 16, for search engines and for the tab):
 * "<the page's heading> · CoopHub", the section's name until the heading is there, and the section's description.
 */
export function PageMeta() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const section = pathname.split('/')[1] ?? '';

  useEffect(() => {
    const app = t('app.title');
    const fallback = SECTION_NAME[section] ? `${t(SECTION_NAME[section])} · ${app}` : app;
    descriptionTag().content = t(`meta.description.${DESCRIBED.has(section) ? section : 'default'}`);
    const main = document.getElementById('main');
    const apply = () => {
      const heading = main?.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · ${app}` : fallback;
      if (document.title !== title) document.title = title;
    };
    apply();
    if (!main || typeof MutationObserver === 'undefined') return undefined;
    // The heading comes with the screen's code and data; a record's name arrives after the first render. React renders
    // a list in many small commits (a transition): look once per frame, not after each of them.
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          apply();
        });
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [t, section, pathname, i18n.language]);

  return null;
}
