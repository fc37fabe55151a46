import { RouterProvider, createBrowserRouter } from 'react-router';
import { useState } from 'react';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
