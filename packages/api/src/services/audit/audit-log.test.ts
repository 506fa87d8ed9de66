import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { recordAudit } from './audit-log.js';
import { describeAuditEvent } from './audit-events.js';

describeEachDatabase('the audit trail', (getDb, dialect) => {
  it('records actor, subject, event, address, device and time', async () => {
    const db = getDb();
    await recordAudit(
      db,
      new Date('2026-11-23T12:00:00.000Z'),
      { ip: '203.0.113.9', userAgent: 'Firefox' },
      {
        event: 'signin.failed',
        actorType: 'anonymous',
        accountId: 'account-1',
        details: { reason: 'wrong_password' },
      },
    );
    const rows = await db.selectFrom('audit_events').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      at: '2026-11-23T12:00:00.000Z',
      actor_type: 'anonymous',
      actor_id: null,
      account_id: 'account-1',
      event: 'signin.failed',
      ip: '203.0.113.9',
      user_agent: 'Firefox',
    });
    expect(JSON.parse(rows[0]?.details ?? '{}')).toEqual({ reason: 'wrong_password' });
  });

  it('keeps the order of events written in the same millisecond', async () => {
    const db = getDb();
    const at = new Date('2026-11-23T12:00:00.000Z');
    for (const event of ['signin.succeeded', 'password.changed', 'session.ended'] as const) {
      await recordAudit(db, at, null, { event, actorType: 'customer', accountId: 'a' });
    }
    const rows = await db
      .selectFrom('audit_events')
      .select('event')
      .orderBy('seq', 'desc')
      .execute();
    expect(rows.map((row) => row.event)).toEqual([
      'session.ended',
      'password.changed',
      'signin.succeeded',
    ]);
  });

  if (dialect === 'postgres') {
    it('refuses UPDATE and DELETE on PostgreSQL, whoever asks', async () => {
      const db = getDb();
      await recordAudit(db, new Date(), null, { event: 'signin.succeeded', actorType: 'customer' });
      await expect(db.updateTable('audit_events').set({ event: 'x' }).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
      expect(await db.selectFrom('audit_events').select('event').execute()).toEqual([
        { event: 'signin.succeeded' },
      ]);
    });
  }
});

it('words events for the customer, and shows unknown ones as they are', () => {
  expect(describeAuditEvent('password.changed')).toBe('Password changed');
  expect(describeAuditEvent('staff.something_new')).toBe('staff.something_new');
});
