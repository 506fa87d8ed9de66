import { formatSortCode, type Currency, type IsoDate, type Minor } from '@marque/domain';
import type { Kysely, Transaction } from 'kysely';
import type { LenderBankAccount } from '../../config.js';
import type { AgreementRow } from '../../db/customer-agreement-tables.js';
import type { PaymentRow } from '../../db/payment-tables.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit-log.js';
import { markPaymentPaid, recordPayment } from './record-payment.js';

/** What a customer needs to pay by bank transfer. */
export interface BankTransferDetails {
  accountName: string;
  /** 'NN-NN-NN' in the UK; null in the US. */
  sortCode: string | null;
  /** ABA routing number in the US; null in the UK. */
  routingNumber: string | null;
  accountNumber: string;
  /** Quote this with every transfer: it is how the payment finds the agreement. */
  reference: string;
  currency: Currency;
}

/** The lender's account and the agreement's own payment reference (its agreement number). */
export function bankTransferDetails(
  account: LenderBankAccount,
  agreement: Pick<AgreementRow, 'agreement_number' | 'currency'>,
): BankTransferDetails {
  return {
    accountName: account.name,
    sortCode: account.sortCode === null ? null : formatSortCode(account.sortCode),
    routingNumber: account.routingNumber,
    accountNumber: account.accountNumber,
    reference: agreement.agreement_number,
    currency: agreement.currency,
  };
}

export interface BankTransferReceipt {
  agreementId: string;
  amount: Minor;
  receivedOn: IsoDate;
  /** The bank statement line's own reference: recording it again (a re-imported statement) changes nothing. */
  statementReference: string;
  /** Who recorded it (a staff id, or the statement import). */
  recordedBy: { actorType: 'staff' | 'system'; actorId: string | null };
  at: Date;
}

export class UnknownAgreementError extends Error {
  override readonly name = 'UnknownAgreementError';
}

/**
 * Records money received by transfer (staff entry or a bank statement import): a paid
 * 'bank_transfer' payment and its ledger credit, once per statement reference, audited.
 */
export function recordBankTransferReceipt(
  db: Kysely<Database>,
  receipt: BankTransferReceipt,
): Promise<{ payment: PaymentRow; created: boolean }> {
  return db.transaction().execute((trx) => recordBankTransferReceiptIn(trx, receipt));
}

/** recordBankTransferReceipt inside the caller's transaction (a statement import records many at once). */
export async function recordBankTransferReceiptIn(
  trx: Transaction<Database>,
  receipt: BankTransferReceipt,
): Promise<{ payment: PaymentRow; created: boolean }> {
  const agreement = await trx
    .selectFrom('agreements')
    .select(['id', 'customer_id', 'currency'])
    .where('id', '=', receipt.agreementId)
    .executeTakeFirst();
  if (agreement === undefined) throw new UnknownAgreementError(receipt.agreementId);
  const recorded = await recordPayment(trx, {
    agreementId: agreement.id,
    customerId: agreement.customer_id,
    method: 'bank_transfer',
    amount: receipt.amount,
    currency: agreement.currency,
    idempotencyKey: `bank-transfer:${receipt.statementReference}`,
    gatewayReference: receipt.statementReference,
    at: receipt.at,
  });
  if (!recorded.created) return recorded;
  const payment = await markPaymentPaid(trx, recorded.payment.id, receipt.receivedOn, receipt.at);
  await recordAudit(trx, receipt.at, null, {
    event: 'payment.bank_transfer_recorded',
    actorType: receipt.recordedBy.actorType,
    actorId: receipt.recordedBy.actorId,
    customerId: agreement.customer_id,
    details: { paymentId: payment.id, amount: payment.amount, receivedOn: receipt.receivedOn },
  });
  return { payment, created: true };
}
