import { expect, it } from 'vitest';
import { brandOf } from '../../brand/configured-brand.js';
import { createTestApp } from '../../test/app.js';
import { givenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { loadCustomerAgreement } from '../agreements/agreement-queries.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { documentRecipient } from './document-recipient.js';
import { issueStatements, type StatementBatch } from './issue-statements.js';

describeEachDatabase('issueStatements', (getDb) => {
  it('tells the customer once when two instances resume the same untold statement at the same moment', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenAccount(getDb());
    const record = await loadCustomerAgreement(getDb(), customer.customerId, customer.agreementId);
    if (record === undefined) throw new Error('no agreement');
    const recipient = await documentRecipient(getDb(), customer.customerId);
    const batch: StatementBatch = {
      deps: test.deps,
      brand: brandOf(test.config),
      mailBrand: mailBrandOf(test.config),
      period: '2026-10',
      issuedOn: '2026-11-23',
    };

    // Issued by a run that stopped before telling the customer.
    await issueStatements(batch, record, [], recipient);
    await getDb().updateTable('documents').set({ notified_at: null }).execute();
    await getDb().deleteFrom('outbox').execute();

    const results = await Promise.all([
      issueStatements(batch, record, [], recipient),
      issueStatements(batch, record, [], recipient),
    ]);

    const [first, second] = results;
    expect(second.statement.document.id).toBe(first.statement.document.id);
    expect(results.filter((result) => result.notified)).toHaveLength(1);
    expect(await test.outbox.messages(customer.email)).toHaveLength(1);
  });
});
