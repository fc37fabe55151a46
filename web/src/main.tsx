import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { loadCatalogue } from '@/app/catalogue-loader';
import { registerServiceWorker } from '@/app/pwa/service-worker';
import { initI18nLazily } from '@/lib/i18n/i18n';
import '@/app/mantine.css';
import '@/app/global.css';

const root = document.getElementById('root');

// The first render is a transition: React renders the app in slices of a few milliseconds and lets the phone answer a
// tap between them, instead of one task of a third of a second on a slow phone (Lighthouse's total blocking time,
// issue 16). The inline shell stays until the first screen commits.
function render() {
  if (!root) return;
  const app = createRoot(root);
  startTransition(() => {
    app.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

// The inline shell of index.html stays on screen until the catalogue is here; a failed catalogue still renders (keys show).
initI18nLazily(loadCatalogue).then(render, render);
// After the first screen's own requests (workbox-window waits for the load event): installable, and usable offline.
void registerServiceWorker();
