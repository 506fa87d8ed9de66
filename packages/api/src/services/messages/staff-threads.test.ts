import { expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { givenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { storeAttachment } from './attachment-store.js';
import { customerUnreadCount, startCustomerThread } from './customer-threads.js';
import {
  assignThread,
  closeThread,
  openStaffThread,
  replyAsStaff,
  staffThreads,
} from './staff-threads.js';

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

async function customerWithThread(test: TestApp, subject = 'Settlement figure') {
  const customer = await givenCustomer(test.deps.db);
  const { threadId } = await startCustomerThread(
    test.deps.db,
    customer.customerId,
    { subject, category: 'settlement', body: 'How much to settle?', attachmentIds: [] },
    test.clock.now(),
  );
  return { customer, threadId };
}

describeEachDatabase('the staff side of secure messages', (getDb) => {
  it('queues new threads as unassigned, then lists them by who holds them', async () => {
    const test = createTestApp({ db: getDb() });
    const first = await customerWithThread(test, 'First');
    test.clock.advance({ minutes: 1 });
    const second = await customerWithThread(test, 'Second');

    const unassigned = await staffThreads(test.deps, { queue: { kind: 'unassigned' } });
    expect(unassigned.map((thread) => [thread.subject, thread.unreadCount])).toEqual([
      ['Second', 1],
      ['First', 1],
    ]);
    expect(unassigned[0]?.customerName).toMatch(/\S+ \S+/);

    await assignThread(test.deps, {
      threadId: first.threadId,
      staffId: 'staff-sup',
      assignTo: 'staff-ana',
    });
    expect(
      (await staffThreads(test.deps, { queue: { kind: 'unassigned' } })).map((t) => t.id),
    ).toEqual([second.threadId]);
    expect(
      (await staffThreads(test.deps, { queue: { kind: 'assigned', staffId: 'staff-ana' } })).map(
        (t) => [t.id, t.assignedStaffId],
      ),
    ).toEqual([[first.threadId, 'staff-ana']]);
    expect(await staffThreads(test.deps, { queue: { kind: 'all' } })).toHaveLength(2);

    const audit = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'message.thread_assigned')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_type: 'staff',
      actor_id: 'staff-sup',
      customer_id: first.customer.customerId,
    });
  });

  it('marks the customer’s messages read when staff open the thread', async () => {
    const test = createTestApp({ db: getDb() });
    const { threadId } = await customerWithThread(test);
    const opened = await openStaffThread(test.deps, threadId);
    expect(opened.messages.map((message) => message.author)).toEqual(['customer']);
    const [listed] = await staffThreads(test.deps, { queue: { kind: 'all' } });
    expect(listed?.unreadCount).toBe(0);
  });

  it("replies with staff's own upload, and cannot send a customer's upload", async () => {
    const test = createTestApp({ db: getDb() });
    const { customer, threadId } = await customerWithThread(test);
    const staffFile = await storeAttachment(
      test.deps.db,
      test.clock.now(),
      { type: 'staff', id: 'staff-ana' },
      { fileName: 'settlement-quote.pdf', declaredType: 'application/pdf', bytes: PDF },
    );
    const customerFile = await storeAttachment(
      test.deps.db,
      test.clock.now(),
      { type: 'customer', id: customer.customerId },
      { fileName: 'payslip.pdf', declaredType: null, bytes: PDF },
    );
    if (!staffFile.ok || !customerFile.ok) throw new Error('uploads should be stored');

    await expect(
      replyAsStaff(test.deps, {
        threadId,
        staffId: 'staff-ana',
        body: 'See the attached.',
        attachmentIds: [customerFile.attachment.id],
      }),
    ).rejects.toThrow(/could not find/);
    // Another member of staff cannot send it either.
    await expect(
      replyAsStaff(test.deps, {
        threadId,
        staffId: 'staff-bob',
        body: 'See the attached.',
        attachmentIds: [staffFile.attachment.id],
      }),
    ).rejects.toThrow(/could not find/);

    await replyAsStaff(test.deps, {
      threadId,
      staffId: 'staff-ana',
      body: 'Your quote is attached.',
      attachmentIds: [staffFile.attachment.id],
    });
    const thread = await openStaffThread(test.deps, threadId);
    expect(thread.messages.map((message) => [message.author, message.attachments.length])).toEqual([
      ['customer', 0],
      ['staff', 1],
    ]);
    expect(await customerUnreadCount(test.deps.db, customer.customerId)).toBe(1);
    expect(await test.outbox.messages(customer.email)).toHaveLength(1);
  });

  it('closes a thread (audited); it leaves the open lists and an unknown thread is not found', async () => {
    const test = createTestApp({ db: getDb() });
    const { threadId } = await customerWithThread(test);
    await closeThread(test.deps, { threadId, staffId: 'staff-ana' });
    expect(await staffThreads(test.deps, { queue: { kind: 'all' } })).toEqual([]);
    expect(
      (await staffThreads(test.deps, { queue: { kind: 'all' }, status: 'closed' }))[0]?.status,
    ).toBe('closed');
    await expect(
      closeThread(test.deps, { threadId: crypto.randomUUID(), staffId: 'staff-ana' }),
    ).rejects.toThrow(/could not find/);
    const events = await test.deps.db
      .selectFrom('audit_events')
      .select('event')
      .where('event', '=', 'message.thread_closed')
      .execute();
    expect(events).toHaveLength(1);
  });
});
