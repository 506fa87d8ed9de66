import { expect, it } from 'vitest';
import { startCustomerThread } from '../../services/messages/customer-threads.js';
import { replyAsStaff } from '../../services/messages/staff-threads.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const DEFAULTS = {
  payment_reminders: { email: true, sms: false },
  statements: { email: true, sms: false },
  messages: { email: true, sms: false },
};

async function signedIn(test: TestApp) {
  const account = await givenAccount(test.deps.db);
  const client = test.client();
  await signIn(client, account);
  return { account, client };
}

describeEachDatabase('notification preferences', (getDb) => {
  it('start with e-mail for everything and no text messages', async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    expect((await client.query('notifications.get')).data).toEqual(DEFAULTS);
  });

  it('change only what is sent, per customer, and are audited', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    const other = await signedIn(test);
    const updated = await client.mutation('notifications.update', {
      messages: { sms: true },
      statements: { email: false },
    });
    const expected = {
      ...DEFAULTS,
      messages: { email: true, sms: true },
      statements: { email: false, sms: false },
    };
    expect(updated.data).toEqual(expected);
    expect((await client.query('notifications.get')).data).toEqual(expected);
    expect((await other.client.query('notifications.get')).data).toEqual(DEFAULTS);

    const audit = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'notifications.updated')
      .executeTakeFirstOrThrow();
    expect(audit.customer_id).toBe(account.customerId);
    expect(JSON.parse(audit.details ?? '{}')).toEqual({
      'messages.sms': true,
      'statements.email': false,
    });
  });

  it('have no switch for security alerts, and refuse an empty or unknown change', async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    for (const input of [{}, { security_alerts: { email: false } }, { messages: {} }]) {
      const result = await client.mutation('notifications.update', input);
      expect(result.status).toBe(400);
    }
    expect((await client.query('notifications.get')).data).toEqual(DEFAULTS);
    expect((await test.client().query('notifications.get')).status).toBe(401);
  });

  it('decide how a customer hears of a staff reply: a text instead of an e-mail when chosen', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    await client.mutation('notifications.update', { messages: { email: false, sms: true } });
    const { threadId } = await startCustomerThread(
      test.deps.db,
      account.customerId,
      { subject: 'Settlement', category: 'settlement', body: 'What do I owe?', attachmentIds: [] },
      test.clock.now(),
    );
    await replyAsStaff(test.deps, {
      threadId,
      staffId: 'staff-kim',
      body: 'Your settlement figure is £4,210.55.',
      attachmentIds: [],
    });
    const phone = await test.deps.db
      .selectFrom('customers')
      .select('phone')
      .where('id', '=', account.customerId)
      .executeTakeFirstOrThrow();
    const sent = await test.outbox.messages(phone.phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.channel).toBe('sms');
    expect(sent[0]?.text_body).toMatch(/new secure message/);
    expect(sent[0]?.text_body).not.toContain('4,210');
    expect(await test.outbox.messages(account.email)).toEqual([]);
  });
});
