import '@marque/ui/styles.css';
import './admin.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app-providers.js';
import { createQueryClient } from './query-client.js';
import { createConsoleRouter } from './router.js';
import { createApiClient } from './trpc.js';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} apiClient={createApiClient()}>
      <RouterProvider router={createConsoleRouter()} />
    </AppProviders>
  </StrictMode>,
);
