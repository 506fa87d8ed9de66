import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIGURATION_VARIABLES, REPO_ROOT } from '../config.js';

const guide = readFileSync(join(REPO_ROOT, 'docs/deployment.md'), 'utf8');

describe('docs/deployment.md', () => {
  it('describes every environment variable the configuration reads', () => {
    const missing = CONFIGURATION_VARIABLES.filter((name) => !guide.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('names the operations commands and endpoints that exist', () => {
    for (const term of [
      'npm run backup',
      'npm run rotate-key',
      '/healthz',
      '/readyz',
      '/metrics',
    ]) {
      expect(guide).toContain(term);
    }
  });
});
