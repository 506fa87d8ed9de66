import type { BrowserContext } from 'playwright-core';
import type { RouterInputs, RouterOutputs } from '../../packages/api/src/router.js';

/**
 * A tRPC query made with the browser context's own cookies, so a test can compare what the page
 * shows with what the API answers for the same signed-in customer.
 */
export async function apiQuery<
  Router extends keyof RouterInputs,
  Procedure extends keyof RouterInputs[Router] & keyof RouterOutputs[Router] & string,
>(
  context: BrowserContext,
  router: Router,
  procedure: Procedure,
  input?: unknown,
): Promise<RouterOutputs[Router][Procedure]> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await context.request.get(`/api/trpc/${router}.${procedure}${query}`);
  const body = (await response.json()) as { result?: { data: RouterOutputs[Router][Procedure] } };
  if (!response.ok() || body.result === undefined) {
    throw new Error(`${router}.${procedure} answered ${String(response.status())}`);
  }
  return body.result.data;
}
