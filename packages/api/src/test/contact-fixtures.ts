import { submitContact } from '../services/contact/contact-cases.js';
import { startCustomerThread } from '../services/messages/customer-threads.js';
import { reportTransaction } from '../services/transaction-cases/customer-cases.js';
import type { TestApp } from './app.js';
import { givenCustomer, type GivenCustomer } from './customers.js';
import { givenLedgerEntry } from './transactions.js';

const REQUEST = { ip: '203.0.113.10', userAgent: 'test' };

/** A customer's secure-message thread waiting for staff. */
export async function givenThread(
  app: TestApp,
  customer?: GivenCustomer,
  thread: { subject?: string; body?: string } = {},
): Promise<{ customer: GivenCustomer; threadId: string }> {
  const owner = customer ?? (await givenCustomer(app.deps.db));
  const { threadId } = await startCustomerThread(
    app.deps.db,
    owner.customerId,
    {
      subject: thread.subject ?? 'Settlement figure',
      category: 'settlement',
      body: thread.body ?? 'How much would it cost to settle?',
      attachmentIds: [],
    },
    app.clock.now(),
  );
  return { customer: owner, threadId };
}

/** A contact-form message, as the public form stores it. */
export async function givenContactCase(
  app: TestApp,
  from: { email?: string; agreementNumber?: string; message?: string } = {},
): Promise<string> {
  const { reference } = await submitContact(app.deps, REQUEST, {
    name: 'Sam Caller',
    email: from.email ?? 'sam.caller@example.com',
    phone: '07700 900123',
    agreementNumber: from.agreementNumber,
    message: from.message ?? 'Please call me about my agreement.',
  });
  const row = await app.deps.db
    .selectFrom('contact_cases')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A problem reported on one of a customer's ledger entries. */
export async function givenTransactionCase(
  app: TestApp,
  customer?: GivenCustomer,
): Promise<{ customer: GivenCustomer; caseId: string; reference: string }> {
  const owner = customer ?? (await givenCustomer(app.deps.db));
  const entryId = await givenLedgerEntry(app.deps.db, owner.agreementId);
  const { caseId, reference } = await reportTransaction(app.deps, REQUEST, owner.customerId, {
    entryType: 'ledger_entry',
    entryId,
    reason: 'not_recognised',
  });
  return { customer: owner, caseId, reference };
}
