import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

// Tests run in Vite's server (ssr) environment, which takes its own conditions; setting them
// replaces Vite's defaults, so those follow ours.
const conditions = ['@marque/source', ...defaultServerConditions];

export default defineProject({
  ssr: { resolve: { conditions } },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts'],
    pool: 'forks',
    // argon2id at OWASP cost takes tens of milliseconds per hash on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
