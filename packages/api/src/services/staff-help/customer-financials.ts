import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import {
  businessDate,
  findCustomerAgreement,
  InvalidCursorError,
  loadCustomerAgreements,
  scheduleLines,
  summariseAgreement,
  transactionsPage,
  type AgreementSummary,
  type ScheduleLine,
  type TransactionPage,
} from '../agreements/index.js';
import type { StaffActor } from '../audit/index.js';
import { findLiveMandate } from '../direct-debit/mandate-store.js';
import { mandateView, type MandateView } from '../direct-debit/mandate-view.js';
import { paymentsPage } from '../payments/payment-history.js';
import type { PaymentView } from '../payments/payment-view.js';
import { customerOrNotFound } from './customer-record.js';
import { requireRecentVerification } from './identity-verification.js';

type StaffContext = Context & { staff: StaffActor };

/** The most recent payments the view lists; the payments page searches further back. */
const PAYMENTS_SHOWN = 50;

export interface CustomerFinancials {
  agreements: {
    summary: AgreementSummary;
    schedule: ScheduleLine[];
    mandate: MandateView | null;
  }[];
  payments: PaymentView[];
  morePayments: boolean;
}

/**
 * The customer's agreements (figures, schedule, Direct Debit) and payments, from the same services
 * the customer's own pages use, so staff and customer see the same numbers. They hold answers to
 * the identity check (the last payment), so they open only while the member's check is current.
 */
export async function customerFinancials(
  ctx: StaffContext,
  customerId: string,
): Promise<CustomerFinancials> {
  const { db, clock, config } = ctx.deps;
  const customer = await customerOrNotFound(db, customerId);
  await requireRecentVerification(ctx, customer.id);
  const today = businessDate(clock(), config.market);
  const records = await loadCustomerAgreements(db, customer.id);
  const agreements = await Promise.all(
    records.map(async (record) => {
      const mandate = await findLiveMandate(db, record.row.id);
      return {
        summary: summariseAgreement(record, today),
        schedule: scheduleLines(record.schedule, record.ledger, today),
        mandate: mandate === undefined ? null : mandateView(mandate),
      };
    }),
  );
  const payments = await paymentsPage(db, customer.id, {
    agreementId: null,
    cursor: null,
    limit: PAYMENTS_SHOWN,
  });
  return { agreements, payments: payments.items, morePayments: payments.nextCursor !== null };
}

/** A page of one of the customer's agreements' ledger; another customer's agreement is NOT_FOUND. */
export async function customerTransactions(
  ctx: StaffContext,
  input: {
    customerId: string;
    agreementId: string;
    cursor?: string | null | undefined;
    limit: number;
  },
): Promise<TransactionPage & { currency: string }> {
  const customer = await customerOrNotFound(ctx.deps.db, input.customerId);
  await requireRecentVerification(ctx, customer.id);
  const row = await findCustomerAgreement(ctx.deps.db, customer.id, input.agreementId);
  if (row === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that agreement.' });
  }
  try {
    const page = await transactionsPage(ctx.deps.db, row.id, {
      cursor: input.cursor ?? null,
      limit: input.limit,
    });
    return { currency: row.currency, ...page };
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'This list has changed; please start again from the first page.',
        cause: error,
      });
    }
    throw error;
  }
}
