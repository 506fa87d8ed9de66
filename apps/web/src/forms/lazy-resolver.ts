import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

const UNAVAILABLE = 'We could not reach our service. Check your internet connection and try again.';

/**
 * A form resolver whose code (the schema, zod and its resolver) is fetched on first use rather than
 * with the page, so the page is usable sooner; `load` should also be called once the page has
 * rendered, so that the first submission does not wait. A failed fetch is retried on the next
 * submission and meanwhile reported as the form's root error.
 */
export function lazyResolver<T extends FieldValues>(load: () => Promise<Resolver<T>>): Resolver<T> {
  let loading: Promise<Resolver<T>> | undefined;
  return async (values, context, options) => {
    loading ??= load();
    try {
      return await (
        await loading
      )(values, context, options);
    } catch {
      loading = undefined;
      // `root` is a key of every form's errors; TypeScript cannot see it through the generic T.
      const errors = { root: { type: 'unavailable', message: UNAVAILABLE } } as FieldErrors<T>;
      return { values: {}, errors };
    }
  };
}
