import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { catalogues } from '@/app/catalogues';
import { initI18n } from '@/lib/i18n/i18n';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@/app/global.css';

initI18n(catalogues);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
