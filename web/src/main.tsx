import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { loadCatalogue } from '@/app/catalogue-loader';
import { registerServiceWorker } from '@/app/pwa/service-worker';
import { initI18nLazily } from '@/lib/i18n/i18n';
import '@/app/mantine.css';
import '@/app/global.css';

const root = document.getElementById('root');

function render() {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The inline shell of index.html stays on screen until the catalogue is here; a failed catalogue still renders (keys show).
initI18nLazily(loadCatalogue).then(render, render);
// After the first screen's own requests (workbox-window waits for the load event): installable, and usable offline.
void registerServiceWorker();
