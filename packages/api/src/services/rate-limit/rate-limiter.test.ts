import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { hitRateLimit } from './rate-limiter.js';

const rule = { limit: 3, windowSeconds: 60 };
const at = (iso: string) => new Date(iso);

describeEachDatabase('hitRateLimit', (getDb) => {
  it('allows the limit within a window, then says how long to wait', async () => {
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) {
      outcomes.push(
        await hitRateLimit(getDb(), 'login:ip:1', rule, at('2026-11-23T12:00:15.000Z')),
      );
    }
    expect(outcomes).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: false, retryAfterSeconds: 45 },
    ]);
  });

  it('starts counting again in the next window', async () => {
    for (let i = 0; i < 4; i += 1) {
      await hitRateLimit(getDb(), 'k', rule, at('2026-11-23T12:00:59.000Z'));
    }
    expect(await hitRateLimit(getDb(), 'k', rule, at('2026-11-23T12:01:00.000Z'))).toEqual({
      allowed: true,
    });
  });

  it('keeps keys apart', async () => {
    for (let i = 0; i < 4; i += 1)
      await hitRateLimit(getDb(), 'a', rule, at('2026-11-23T12:00:00.000Z'));
    expect(await hitRateLimit(getDb(), 'b', rule, at('2026-11-23T12:00:00.000Z'))).toEqual({
      allowed: true,
    });
  });

  it('counts concurrent hits exactly: one atomic upsert each', async () => {
    const now = at('2026-11-23T12:00:00.000Z');
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => hitRateLimit(getDb(), 'burst', rule, now)),
    );
    expect(outcomes.filter((outcome) => outcome.allowed)).toHaveLength(3);
    const row = await getDb().selectFrom('rate_limits').selectAll().executeTakeFirstOrThrow();
    expect(row.hits).toBe(12);
  });
});
