import { expect, it } from 'vitest';
import { replyAsStaff } from '../../services/messages/staff-threads.js';
import { createTestApp } from '../../test/app.js';
import {
  givenContactCase,
  givenThread,
  givenTransactionCase,
} from '../../test/contact-fixtures.js';
import { givenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface ContactEvent {
  key: string;
  kind: string;
  at: string;
  direction: string;
  title: string;
  summary: string;
  staffName: string | null;
  followUpOn: string | null;
}

describeEachDatabase('the contact record', (getDb) => {
  it('puts every contact with one customer, and only theirs, in one list, newest first', async () => {
    const test = createTestApp({ db: getDb() });
    const { browser: agent, staff } = await staffBrowser(test, 'agent');
    const customer = await givenCustomer(test.deps.db);
    const stranger = await givenCustomer(test.deps.db);
    const step = () => {
      test.clock.advance({ minutes: 1 });
    };

    // A minute apart, within the staff session's idle timeout.
    step();
    const { threadId } = await givenThread(test, customer, {
      body: 'What is my settlement figure?',
    });
    step();
    await replyAsStaff(test.deps, {
      threadId,
      staffId: staff.id,
      body: 'Your figure is in the attached quote.',
      attachmentIds: [],
    });
    step();
    const byEmail = await givenContactCase(test, {
      email: customer.email.toUpperCase(),
      message: 'I cannot sign in.',
    });
    step();
    const spaced = customer.agreementNumber.replace(/^(.{2})/, '$1 ').toLowerCase();
    const byAgreement = await givenContactCase(test, {
      agreementNumber: spaced,
      message: 'Please send me a statement.',
    });
    step();
    await agent.mutation('contactCases.reply', { caseId: byAgreement, body: 'Statement posted.' });
    step();
    const { caseId, reference } = await givenTransactionCase(test, customer);
    step();
    await agent.mutation('transactionCases.update', {
      caseId,
      status: 'investigating',
      note: 'Checking with the bank.',
    });
    step();
    step();
    // A call logged after the fact: it sits where it happened, not where it was typed.
    const callAt = new Date(test.clock.now().getTime() - 200_000).toISOString();
    const call = await agent.mutation('contactRecord.log', {
      customerId: customer.customerId,
      channel: 'phone',
      direction: 'inbound',
      occurredAt: callAt,
      summary: 'Asked about the reported payment.',
      followUpOn: '2026-11-30',
    });
    expect(call.status).toBe(200);
    await agent.mutation('contactRecord.log', {
      customerId: customer.customerId,
      channel: 'letter',
      direction: 'outbound',
      occurredAt: test.clock.now().toISOString(),
      summary: 'Sent the annual statement by post.',
    });

    // Someone else's contact never appears.
    await givenThread(test, stranger);
    await givenTransactionCase(test, stranger);
    await givenContactCase(test, { email: 'someone.else@example.com' });

    const timeline = await agent.query<ContactEvent[]>('contactRecord.timeline', {
      customerId: customer.customerId,
    });
    expect(timeline.status).toBe(200);
    const events = timeline.data ?? [];
    expect(events.map((event) => [event.kind, event.direction])).toEqual([
      ['letter', 'outbound'],
      ['transaction_case_update', 'outbound'],
      ['transaction_case', 'inbound'],
      ['phone', 'inbound'],
      ['contact_form_reply', 'outbound'],
      ['contact_form', 'inbound'],
      ['contact_form', 'inbound'],
      ['message', 'outbound'],
      ['message', 'inbound'],
    ]);
    const ats = events.map((event) => event.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const phone = events.find((event) => event.kind === 'phone');
    expect(phone).toMatchObject({ at: callAt, followUpOn: '2026-11-30' });
    expect(phone?.staffName).toMatch(/^Test agent/);
    expect(events[1]?.title).toContain(reference);
    expect(events.filter((event) => event.kind === 'contact_form').map((e) => e.summary)).toEqual([
      'Please send me a statement.',
      'I cannot sign in.',
    ]);
    expect(events.at(-1)).toMatchObject({
      summary: 'What is my settlement figure?',
      staffName: null,
    });
    expect(byEmail).not.toBe(byAgreement);
  });

  it('shows live-chat lines as chat, not as secure messages', async () => {
    const test = createTestApp({ db: getDb() });
    const { browser: agent } = await staffBrowser(test, 'agent');
    const { customer, threadId } = await givenThread(test, undefined, {
      subject: 'Live chat',
      body: 'Hello, is anyone there?',
    });
    await test.deps.db
      .updateTable('message_threads')
      .set({ channel: 'chat' })
      .where('id', '=', threadId)
      .execute();
    const timeline = await agent.query<(ContactEvent & { link: unknown })[]>(
      'contactRecord.timeline',
      { customerId: customer.customerId },
    );
    expect(timeline.data?.map((event) => [event.kind, event.title, event.link])).toEqual([
      ['chat', 'Chat from the customer', { type: 'chat', id: threadId }],
    ]);
  });

  it('refuses a call in the future, a follow-up before it, and an unknown customer', async () => {
    const test = createTestApp({ db: getDb() });
    const { browser: agent } = await staffBrowser(test, 'agent');
    const customer = await givenCustomer(test.deps.db);
    const call = {
      customerId: customer.customerId,
      channel: 'phone',
      direction: 'outbound',
      occurredAt: '2026-11-20T10:15:00.000Z',
      summary: 'Left a voicemail.',
    };
    const future = await agent.mutation('contactRecord.log', {
      ...call,
      occurredAt: '2026-11-24T10:15:00.000Z',
    });
    expect(future.status).toBe(400);
    expect(future.error?.message).toBe('The call or letter cannot be in the future.');
    const followUp = await agent.mutation('contactRecord.log', {
      ...call,
      followUpOn: '2026-11-19',
    });
    expect(followUp.status).toBe(400);
    const notADate = await agent.mutation('contactRecord.log', {
      ...call,
      occurredAt: 'yesterday',
    });
    expect(notADate.status).toBe(400);
    const blank = await agent.mutation('contactRecord.log', { ...call, summary: '   ' });
    expect(blank.status).toBe(400);
    const unknown = await agent.mutation('contactRecord.log', {
      ...call,
      customerId: crypto.randomUUID(),
    });
    expect(unknown.status).toBe(404);
    expect(
      (await agent.query('contactRecord.timeline', { customerId: crypto.randomUUID() })).status,
    ).toBe(404);
    const logged = await test.deps.db.selectFrom('contact_log_entries').selectAll().execute();
    expect(logged).toEqual([]);

    expect((await agent.mutation('contactRecord.log', call)).status).toBe(200);
    const audit = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'contact.logged')
      .executeTakeFirstOrThrow();
    expect(audit.customer_id).toBe(customer.customerId);
  });
});
