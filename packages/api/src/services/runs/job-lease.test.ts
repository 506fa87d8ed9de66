import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { acquireLease, releaseLease, renewLease, runLease, runUnderLease } from './job-lease.js';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describeEachDatabase('job leases', (getDb) => {
  it('lets exactly one of many callers take a lease at once', async () => {
    const db = getDb();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        acquireLease(db, { name: 'collection', holder: `h${n}`, seconds: 60 }, NOW),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('is taken over only once it has expired, and renewed only by its holder', async () => {
    const db = getDb();
    const lease = { name: 'statement', seconds: 60 };
    expect(await acquireLease(db, { ...lease, holder: 'a' }, NOW)).toBe(true);
    expect(await acquireLease(db, { ...lease, holder: 'b' }, later(59))).toBe(false);
    expect(await renewLease(db, { ...lease, holder: 'a' }, later(30))).toBe(true);
    expect(await acquireLease(db, { ...lease, holder: 'b' }, later(89))).toBe(false);
    expect(await acquireLease(db, { ...lease, holder: 'b' }, later(90))).toBe(true);
    expect(await renewLease(db, { ...lease, holder: 'a' }, later(91))).toBe(false);
    await releaseLease(db, { name: 'statement', holder: 'a' });
    expect(await acquireLease(db, { ...lease, holder: 'c' }, later(92))).toBe(false);
    await releaseLease(db, { name: 'statement', holder: 'b' });
    expect(await acquireLease(db, { ...lease, holder: 'c' }, later(92))).toBe(true);
  });
});

describeEachDatabase('running under a lease', (getDb) => {
  it('runs the work once the lease is taken, refuses a second taker meanwhile, and frees it after', async () => {
    const db = getDb();
    const deps = { db, clock: () => NOW };
    let inside: unknown = null;
    const first = await runUnderLease(deps, runLease('statement', 'a'), async () => {
      inside = await runUnderLease(deps, runLease('statement', 'b'), () =>
        Promise.resolve('b ran'),
      );
      return 'a ran';
    });
    expect(first).toEqual({ held: true, result: 'a ran' });
    expect(inside).toEqual({ held: false });
    expect(await acquireLease(db, runLease('statement', 'c'), NOW)).toBe(true);
  });

  it('gives the lease up when the work fails', async () => {
    const db = getDb();
    const deps = { db, clock: () => NOW };
    await expect(
      runUnderLease(deps, runLease('collection', 'a'), () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(await acquireLease(db, runLease('collection', 'b'), NOW)).toBe(true);
  });
});
