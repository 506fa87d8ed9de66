import { randomInt } from 'node:crypto';

/**
 * An agreement number no other test file uses: every file shares the one server's database, and
 * the domain factory's sequence starts again in each test process.
 */
export function uniqueAgreementNumber(): string {
  return `MQ${String(randomInt(10_000_000, 100_000_000))}`;
}
