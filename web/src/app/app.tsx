import { BrowserRouter } from 'react-router';
import { AppProvider } from '@/app/provider';
import { RouteBoundary } from '@/app/route-error';
import { AppRoutes } from '@/app/routes';

export function App() {
  return (
    <AppProvider>
      <BrowserRouter>
        <RouteBoundary resetKey="app">
          <AppRoutes />
        </RouteBoundary>
      </BrowserRouter>
    </AppProvider>
  );
}
