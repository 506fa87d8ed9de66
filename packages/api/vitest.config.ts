import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@marque/source'] },
  test: { name: 'api', include: ['src/**/*.test.ts'], pool: 'forks' },
});
