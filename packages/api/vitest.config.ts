import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

// Tests run in Vite's server (ssr) environment, which takes its own conditions; setting them
// replaces Vite's defaults, so those follow ours.
const conditions = ['@marque/source', ...defaultServerConditions];

export default defineProject({
  ssr: { resolve: { conditions } },
  test: { name: 'api', include: ['src/**/*.test.ts'], pool: 'forks' },
});
