import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@marque/source'] },
  test: { name: 'schemas', include: ['src/**/*.test.ts'] },
});
