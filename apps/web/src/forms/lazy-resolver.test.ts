import type { Resolver } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { lazyResolver } from './lazy-resolver.js';

interface Values {
  name: string;
}

const accepting: Resolver<Values> = (values) => ({ values, errors: {} });
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('lazyResolver', () => {
  it('loads the real resolver once and hands every validation to it', async () => {
    const load = vi.fn(() => Promise.resolve(accepting));
    const resolver = lazyResolver(load);
    expect(await resolver({ name: 'Pat' }, undefined, options)).toEqual({
      values: { name: 'Pat' },
      errors: {},
    });
    await resolver({ name: 'Sam' }, undefined, options);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed download as the form’s error and tries again next time', async () => {
    const load = vi
      .fn<() => Promise<Resolver<Values>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(accepting);
    const resolver = lazyResolver(load);
    const failed = await resolver({ name: 'Pat' }, undefined, options);
    expect(failed.errors.root?.message).toMatch(/Check your internet connection/);
    const retried = await resolver({ name: 'Pat' }, undefined, options);
    expect(retried.errors).toEqual({});
    expect(load).toHaveBeenCalledTimes(2);
  });
});
