import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { testConfig } from '../../test/app.js';
import type { Context } from '../../trpc/context.js';
import { createCallerFactory, router } from '../../trpc/init.js';
import { brandRouter } from './brand.js';

function callerFor(env: Record<string, string> = {}) {
  const context: Context = {
    // brand.get reads the configuration only.
    deps: { config: testConfig(env) } as AppDeps,
    req: {
      requestId: 'test',
      ip: '203.0.113.10',
      userAgent: null,
      origin: null,
      deviceCookie: null,
    },
    resHeaders: new Headers(),
    session: null,
    staffSession: null,
  };
  return createCallerFactory(router({ brand: brandRouter }))(context);
}

describe('brand.get', () => {
  it('answers without a session with the configured name and the market’s money and locale', async () => {
    const brand = await callerFor({ BRAND_NAME: 'Northway Car Finance', MARKET: 'US' }).brand.get();
    expect(brand).toMatchObject({
      name: 'Northway Car Finance',
      market: 'US',
      currency: 'USD',
      locale: 'en-US',
    });
  });

  it('is the demo brand by default', async () => {
    const brand = await callerFor().brand.get();
    expect(brand.name).toBe('Marque Motor Finance');
    expect(brand.support.phone).toBe('0330 123 4567');
  });

  it('tells the web where the provider frames its card fields', async () => {
    const fields = await callerFor({
      PAYMENT_SANDBOX_URL: 'http://localhost:4100/',
    }).brand.cardFields();
    expect(fields).toEqual({
      url: 'http://localhost:4100/hosted-fields',
      origin: 'http://localhost:4100',
    });
  });
});
