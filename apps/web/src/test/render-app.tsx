import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app-providers.js';
import { createQueryClient } from '../query-client.js';
import { routes as appRoutes } from '../router.js';
import { createApiClient } from '../trpc.js';
import { fakeApiFetch, type FakeApi } from './fake-api.js';
import { TEST_BRAND } from './test-brand.js';

export interface RenderAppOptions {
  /** The address to start at, e.g. '/sign-in?next=%2Fprofile'. */
  at?: string;
  /** Answers for the procedures the test uses; brand.get and auth.me (signed out) are provided. */
  api?: FakeApi;
  /** The route table; the app's own unless a test mounts a page on its own. */
  routes?: RouteObject[];
}

/**
 * Renders the app (or the given routes) with a fresh cache, the fake API and a memory router.
 * Returns the router (to read `router.state.location`) and every API call made.
 */
export function renderApp({ at = '/', api = {}, routes = appRoutes }: RenderAppOptions = {}) {
  const calls: { path: string; input: unknown }[] = [];
  const withDefaults: FakeApi = {
    ...api,
    brand: { get: () => TEST_BRAND, ...api.brand },
    auth: { me: () => null, ...api.auth },
  };
  const router = createMemoryRouter(routes, { initialEntries: [at] });
  const queryClient = createQueryClient();
  const apiClient = createApiClient(fakeApiFetch(withDefaults, calls));
  const view = render(
    <AppProviders queryClient={queryClient} apiClient={apiClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, calls, queryClient };
}
