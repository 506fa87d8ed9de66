import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { givenCustomer } from '../../test/customers.js';
import { recordBankTransferReceipt, UnknownAgreementError } from './bank-transfer.js';

const AT = new Date('2026-11-23T12:00:00.000Z');

describeEachDatabase('bank transfer receipts', (getDb) => {
  it('credit the agreement once per statement line, however often it is imported, and audit it', async () => {
    const db = getDb();
    const customer = await givenCustomer(db);
    const receipt = {
      agreementId: customer.agreementId,
      amount: 31_250,
      receivedOn: '2026-11-20',
      statementReference: 'STMT-2026-11-20-0007',
      recordedBy: { actorType: 'staff' as const, actorId: 'staff-1' },
      at: AT,
    };
    const first = await recordBankTransferReceipt(db, receipt);
    const again = await recordBankTransferReceipt(db, receipt);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, payment: { id: first.payment.id } });
    expect(first.payment).toMatchObject({
      method: 'bank_transfer',
      status: 'paid',
      settled_at: '2026-11-20',
      customer_id: customer.customerId,
    });
    const ledger = await db
      .selectFrom('ledger_entries')
      .select(['kind', 'amount', 'entry_date'])
      .where('reference', '=', first.payment.id)
      .execute();
    expect(ledger).toEqual([
      { kind: 'payment_received', amount: 31_250, entry_date: '2026-11-20' },
    ]);
    const audits = await db
      .selectFrom('audit_events')
      .select(['event', 'actor_id', 'customer_id'])
      .execute();
    expect(audits).toEqual([
      {
        event: 'payment.bank_transfer_recorded',
        actor_id: 'staff-1',
        customer_id: customer.customerId,
      },
    ]);
  });

  it('refuse a receipt for an agreement that does not exist', async () => {
    await expect(
      recordBankTransferReceipt(getDb(), {
        agreementId: crypto.randomUUID(),
        amount: 100,
        receivedOn: '2026-11-20',
        statementReference: 'X',
        recordedBy: { actorType: 'system', actorId: null },
        at: AT,
      }),
    ).rejects.toBeInstanceOf(UnknownAgreementError);
  });
});
