import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { secondsAfter } from '../services/time/instant.js';
import type { SeededCustomer } from './seed-demo-agreements.js';

/** Who answers in the demo conversation: a staff id, as the staff console records it. */
export const DEMO_STAFF_ID = 'demo-staff-support';

/**
 * hp.demo's secure inbox: a question about moving the payment date and the team's answer, which
 * the demo has not read yet, so the header shows one unread message. Rows are written directly:
 * the seed runs inside one transaction.
 */
export async function seedDemoMessages(
  trx: Kysely<Database>,
  seeded: readonly SeededCustomer[],
  now: Date,
): Promise<void> {
  const customer = seeded.find((entry) => entry.demo.username === 'hp.demo');
  if (customer === undefined) return;
  const asked = secondsAfter(now, -2 * 86_400);
  const answered = secondsAfter(now, -86_400);
  const threadId = crypto.randomUUID();
  await trx
    .insertInto('message_threads')
    .values({
      id: threadId,
      customer_id: customer.customerId,
      subject: 'Moving my payment date',
      category: 'payments',
      status: 'open',
      assigned_staff_id: DEMO_STAFF_ID,
      created_at: asked,
      last_message_at: answered,
      closed_at: null,
    })
    .execute();
  await trx
    .insertInto('thread_messages')
    .values([
      {
        id: crypto.randomUUID(),
        thread_id: threadId,
        author_type: 'customer',
        author_id: customer.customerId,
        body: 'I have changed jobs and am now paid on the 28th. Can my monthly payment come out a few days later?',
        read_by_customer_at: asked,
        read_by_staff_at: answered,
        created_at: asked,
      },
      {
        id: crypto.randomUUID(),
        thread_id: threadId,
        author_type: 'staff',
        author_id: DEMO_STAFF_ID,
        body: 'Thank you for letting us know. You pay by card or transfer, so you can pay on any day up to the due date without a charge. If you would like a Direct Debit on the 28th instead, set one up from the Payments tab of your agreement and choose the 28th as the collection day.',
        read_by_customer_at: null,
        read_by_staff_at: answered,
        created_at: answered,
      },
    ])
    .execute();
}
