import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

// The helpers import @marque/domain from source, as the API's tests do; setting ssr conditions
// replaces Vite's defaults, so those follow ours.
const conditions = ['@marque/source', ...defaultServerConditions];

export default defineProject({
  // Paths below are relative to this folder, whether run as a project of the root config or alone.
  root: import.meta.dirname,
  ssr: { resolve: { conditions } },
  test: {
    name: 'e2e',
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./global-setup.ts'],
    pool: 'forks',
    // One server and one database for the whole run: files take turns so their sign-ins and
    // rate-limit counters never interleave, and the 2 cores are not shared by two browsers.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
