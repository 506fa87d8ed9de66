import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Setting conditions replaces Vite's defaults, so those follow ours: @marque/domain resolves to
  // its TypeScript source.
  resolve: { conditions: ['@marque/source', ...defaultClientConditions] },
  test: {
    name: 'ui',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
