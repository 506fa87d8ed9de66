import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app-providers.js';
import { createQueryClient } from '../query-client.js';
import { routes } from '../router.js';
import { createApiClient } from '../trpc.js';
import { fakeStaffFetch, type FakeAnswer } from './fake-staff-api.js';

export const TEST_BRAND = {
  name: 'Marque Motor Finance',
  logoText: 'Marque',
  colours: { primary: '#0b3d6b', onPrimary: '#ffffff', accent: '#0f766e', onAccent: '#ffffff' },
  support: { phone: '0330 123 4567', email: 'help@marque.example', hours: 'Mon–Fri 8am–8pm' },
  legalNotice: 'A demonstration service, not a real lender.',
  market: 'UK',
  currency: 'GBP',
  locale: 'en-GB',
};

/** A signed-in member as staffAuth.me answers. */
export function signedInAs(role: 'agent' | 'supervisor' | 'admin') {
  return { id: `${role}-id`, username: `${role}.demo`, displayName: `Test ${role}`, role };
}

/** Renders the console at `at` over fake answers (brand and a signed-out session by default). */
export function renderConsole({
  at = '/',
  answers = {},
}: {
  at?: string;
  answers?: Record<string, FakeAnswer>;
}) {
  const calls: { path: string; input: unknown }[] = [];
  const router = createMemoryRouter(routes, { initialEntries: [at] });
  const apiClient = createApiClient(
    fakeStaffFetch(
      { 'brand.get': () => TEST_BRAND, 'staffAuth.me': () => null, ...answers },
      calls,
    ),
  );
  const queryClient = createQueryClient();
  const view = render(
    <AppProviders queryClient={queryClient} apiClient={apiClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, calls, queryClient };
}
