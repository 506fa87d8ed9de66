import { compareDates, type IsoDate, type Minor } from '@marque/domain';
import type { Context } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { businessDate } from '../agreements/business-date.js';
import type { StaffActor } from '../audit/index.js';
import { recordBankTransferReceipt } from '../payments/bank-transfer.js';
import { paymentSummary, type StaffPaymentSummary } from './payment-summary.js';
import { agreementByNumber } from './staff-agreement.js';

type StaffContext = Context & { staff: StaffActor };

export interface BankTransferEntry {
  agreementNumber: string;
  amount: Minor;
  receivedOn: IsoDate;
  bankReference: string;
}

/** The statement reference a bank transaction id is recorded under, by staff and by imports alike. */
export function statementReferenceOf(bankTransactionId: string): string {
  return `txn:${bankTransactionId}`;
}

/**
 * A member of staff records a transfer from the bank statement against an agreement: a paid
 * payment and its ledger credit, which the domain's allocatePayment meets oldest instalment first
 * wherever the account is read. Once per bank transaction: the same reference again (a second
 * click, or the statement imported later) answers the payment already recorded, unchanged.
 */
export async function recordBankTransferByStaff(
  ctx: StaffContext,
  entry: BankTransferEntry,
): Promise<{ payment: StaffPaymentSummary; created: boolean }> {
  const today = businessDate(ctx.deps.clock(), ctx.deps.config.market);
  if (compareDates(entry.receivedOn, today) > 0) {
    throw fieldError({ receivedOn: 'The money cannot have arrived after today.' });
  }
  const agreement = await agreementByNumber(ctx.deps.db, entry.agreementNumber);
  const { payment, created } = await recordBankTransferReceipt(ctx.deps.db, {
    agreementId: agreement.id,
    amount: entry.amount,
    receivedOn: entry.receivedOn,
    statementReference: statementReferenceOf(entry.bankReference),
    recordedBy: { actorType: 'staff', actorId: ctx.staff.id },
    at: ctx.deps.clock(),
  });
  if (payment.agreement_id !== agreement.id || payment.amount !== entry.amount) {
    throw fieldError({
      bankReference:
        'This bank reference is already recorded for another amount or agreement. Check the statement.',
    });
  }
  const customer = await ctx.deps.db
    .selectFrom('customers')
    .select(['given_name', 'family_name'])
    .where('id', '=', agreement.customer_id)
    .executeTakeFirstOrThrow();
  return { payment: paymentSummary(payment, agreement, customer), created };
}
