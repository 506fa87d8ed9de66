import { useEffect, useState } from 'react';

/** The domain's password rules; the module brings zxcvbn's dictionaries, several hundred KB. */
export type PasswordRules = typeof import('./new-password.js');

let loading: Promise<PasswordRules> | undefined;

/**
 * Loads the password rules on first need, once: pages that take a new password render at once and
 * the meter appears when the dictionaries arrive, instead of the page waiting for them.
 */
export function loadPasswordRules(): Promise<PasswordRules> {
  loading ??= import('./new-password.js').catch((error: unknown) => {
    // A failed download may succeed next time (a flaky connection), so it is not remembered.
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The password rules once loaded (null until then); starts loading when first rendered. */
export function usePasswordRules(): PasswordRules | null {
  const [rules, setRules] = useState<PasswordRules | null>(null);
  useEffect(() => {
    let current = true;
    loadPasswordRules().then(
      (loaded) => {
        if (current) setRules(loaded);
      },
      () => {
        // The form's own check loads them again on submit and reports a failure there.
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return rules;
}
