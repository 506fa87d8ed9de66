import {
  normaliseSortCode,
  validateAbaRoutingNumber,
  validateUkBankAccount,
  validateUsBankAccountNumber,
} from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { MandateRow } from '../../db/direct-debit-tables.js';
import type { Database } from '../../db/schema.js';
import type { Context, SessionInfo } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { findCustomerAgreement } from '../agreements/agreement-queries.js';
import { auditRequest, type AuditEventName } from '../audit/index.js';
import { issueDirectDebitLetter } from '../documents/event-documents.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { instant } from '../time/instant.js';
import { sealAccountNumber } from './bank-details.js';
import { mandateConfirmationMail } from './direct-debit-mails.js';
import {
  cancelUnsubmittedCollections,
  findLiveMandate,
  recipientOfCustomer,
} from './mandate-store.js';
import { mandateSummary, mandateView, type MandateView } from './mandate-view.js';

type SignedInContext = Context & { session: SessionInfo; customerId: string };

/** Bank details as the customer typed them: a sort code in the UK, a routing number in the US. */
export interface BankDetailsInput {
  accountHolderName: string;
  accountNumber: string;
  sortCode?: string | undefined;
  routingNumber?: string | undefined;
}

interface CheckedBankDetails {
  accountHolderName: string;
  accountNumber: string;
  sortCode: string | null;
  routingNumber: string | null;
}

/** Bacs needs the domain's modulus check to pass, ACH the ABA checksum; problems per field. */
function checkBankDetails(ctx: SignedInContext, input: BankDetailsInput): CheckedBankDetails {
  if (ctx.deps.config.market === 'US') {
    const problems: Record<string, string> = {};
    if (!validateAbaRoutingNumber(input.routingNumber ?? '')) {
      problems.routingNumber = 'Enter the 9-digit routing number printed on your checks.';
    }
    if (!validateUsBankAccountNumber(input.accountNumber)) {
      problems.accountNumber = 'Enter the account number: 4 to 17 digits.';
    }
    if (Object.keys(problems).length > 0) throw fieldError(problems);
    return { ...input, sortCode: null, routingNumber: input.routingNumber ?? null };
  }
  const sortCode = normaliseSortCode(input.sortCode ?? '');
  const check = validateUkBankAccount(input.sortCode ?? '', input.accountNumber);
  if (sortCode === null || !check.valid) {
    const message = check.valid ? 'Enter the sort code as 6 digits.' : check.message;
    throw fieldError(sortCode === null ? { sortCode: message } : { accountNumber: message });
  }
  if (!/^\d{6,8}$/.test(input.accountNumber)) {
    throw fieldError({
      accountNumber: 'Enter the 8-digit account number your bank uses for Direct Debits.',
    });
  }
  return {
    ...input,
    accountNumber: input.accountNumber.padStart(8, '0'),
    sortCode,
    routingNumber: null,
  };
}

function notFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that agreement.' });
}

async function ownAgreementNumber(ctx: SignedInContext, agreementId: string): Promise<string> {
  const row = await findCustomerAgreement(ctx.deps.db, ctx.customerId, agreementId);
  if (row === undefined) throw notFound();
  if (row.status !== 'active') {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'This agreement has ended, so there is nothing to collect by Direct Debit.',
    });
  }
  return row.agreement_number;
}

async function ownLiveMandate(ctx: SignedInContext, agreementId: string): Promise<MandateRow> {
  await ownAgreementNumber(ctx, agreementId);
  const mandate = await findLiveMandate(ctx.deps.db, agreementId);
  if (mandate === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'This agreement has no Direct Debit.' });
  }
  return mandate;
}

/** Every mandate gets its own Bacs reference: the agreement number and a sequence. */
async function nextReference(
  db: Kysely<Database>,
  agreementId: string,
  agreementNumber: string,
): Promise<string> {
  const { count } = await db
    .selectFrom('mandates')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('agreement_id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return `${agreementNumber}-${String(Number(count) + 1).padStart(2, '0')}`;
}

async function insertMandate(
  db: Kysely<Database>,
  ctx: SignedInContext,
  agreementId: string,
  agreementNumber: string,
  details: CheckedBankDetails,
  collectionDay: number,
): Promise<MandateRow> {
  const id = crypto.randomUUID();
  const now = instant(ctx.deps.clock());
  return db
    .insertInto('mandates')
    .values({
      id,
      agreement_id: agreementId,
      customer_id: ctx.customerId,
      state: 'pending_submission',
      scheme: details.routingNumber === null ? 'bacs' : 'ach',
      account_holder_name: details.accountHolderName,
      sort_code: details.sortCode,
      routing_number: details.routingNumber,
      account_number_encrypted: sealAccountNumber(
        ctx.deps.config.secretKey,
        id,
        details.accountNumber,
      ),
      account_last4: details.accountNumber.slice(-4),
      collection_day: collectionDay,
      reference: await nextReference(db, agreementId, agreementNumber),
      guarantee_accepted_at: now,
      created_at: now,
      updated_at: now,
      cancelled_at: null,
      cancellation_lodged_at: null,
      collections_held: 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Ends a mandate on our side; the next run lodges the AUDDIS 0C if the bank had it. */
async function endMandate(db: Kysely<Database>, mandate: MandateRow, at: string): Promise<void> {
  const bankKnowsIt = mandate.state !== 'pending_submission';
  await db
    .updateTable('mandates')
    .set({
      state: 'cancelled',
      cancelled_at: at,
      updated_at: at,
      cancellation_lodged_at: bankKnowsIt ? null : at,
    })
    .where('id', '=', mandate.id)
    .execute();
  await cancelUnsubmittedCollections(db, mandate.id, at);
}

/** The e-mail and the written confirmation (a Direct Debit letter) of a new or changed instruction. */
async function confirm(
  ctx: SignedInContext,
  mandate: MandateRow,
  agreementNumber: string,
  change: 'set_up' | 'bank_changed' | 'day_changed',
): Promise<void> {
  const to = await recipientOfCustomer(ctx.deps.db, ctx.customerId);
  await ctx.deps.mailer.send(
    mandateConfirmationMail(
      mailBrandOf(ctx.deps.config),
      to,
      mandateSummary(mandate, agreementNumber),
      change,
    ),
  );
  await issueDirectDebitLetter(ctx.deps, mandate, agreementNumber, change);
}

async function audit(
  ctx: SignedInContext,
  event: AuditEventName,
  mandate: MandateRow,
): Promise<void> {
  await auditRequest(ctx, {
    event,
    actorType: 'customer',
    actorId: ctx.session.accountId,
    customerId: ctx.customerId,
    accountId: ctx.session.accountId,
    details: {
      agreementId: mandate.agreement_id,
      mandateId: mandate.id,
      last4: mandate.account_last4,
    },
  });
}

/** Sets up a Direct Debit for an agreement that has none: lodged with the bank on the next run. */
export async function setUpMandate(
  ctx: SignedInContext,
  input: BankDetailsInput & { agreementId: string; collectionDay: number },
): Promise<MandateView> {
  const agreementNumber = await ownAgreementNumber(ctx, input.agreementId);
  const details = checkBankDetails(ctx, input);
  const mandate = await ctx.deps.db.transaction().execute(async (trx) => {
    if ((await findLiveMandate(trx, input.agreementId)) !== undefined) {
      throw new TRPCError({
        code: 'CONFLICT',
        message:
          'This agreement already has a Direct Debit. You can change its bank details or day.',
      });
    }
    return insertMandate(
      trx,
      ctx,
      input.agreementId,
      agreementNumber,
      details,
      input.collectionDay,
    );
  });
  await audit(ctx, 'direct_debit.set_up', mandate);
  await confirm(ctx, mandate, agreementNumber, 'set_up');
  return mandateView(mandate);
}

/** Moves future collections to another day of the month; notices go out again for the new dates. */
export async function changeCollectionDay(
  ctx: SignedInContext,
  input: { agreementId: string; collectionDay: number },
): Promise<MandateView> {
  const current = await ownLiveMandate(ctx, input.agreementId);
  const at = instant(ctx.deps.clock());
  const mandate = await ctx.deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('mandates')
      .set({ collection_day: input.collectionDay, updated_at: at })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await cancelUnsubmittedCollections(trx, current.id, at);
    return updated;
  });
  const agreementNumber = await ownAgreementNumber(ctx, input.agreementId);
  await audit(ctx, 'direct_debit.day_changed', mandate);
  await confirm(ctx, mandate, agreementNumber, 'day_changed');
  return mandateView(mandate);
}

/** New bank details mean a new instruction: the old one is cancelled and the new one lodged. */
export async function changeBankDetails(
  ctx: SignedInContext,
  input: BankDetailsInput & { agreementId: string },
): Promise<MandateView> {
  const current = await ownLiveMandate(ctx, input.agreementId);
  const agreementNumber = await ownAgreementNumber(ctx, input.agreementId);
  const details = checkBankDetails(ctx, input);
  const at = instant(ctx.deps.clock());
  const mandate = await ctx.deps.db.transaction().execute(async (trx) => {
    await endMandate(trx, current, at);
    return insertMandate(
      trx,
      ctx,
      input.agreementId,
      agreementNumber,
      details,
      current.collection_day,
    );
  });
  await audit(ctx, 'direct_debit.bank_changed', mandate);
  await confirm(ctx, mandate, agreementNumber, 'bank_changed');
  return mandateView(mandate);
}

/** Cancels the Direct Debit: nothing more is collected, and the bank is told on the next run. */
export async function cancelMandate(
  ctx: SignedInContext,
  input: { agreementId: string },
): Promise<{ cancelled: true }> {
  const current = await ownLiveMandate(ctx, input.agreementId);
  await ctx.deps.db
    .transaction()
    .execute((trx) => endMandate(trx, current, instant(ctx.deps.clock())));
  await audit(ctx, 'direct_debit.cancelled', current);
  const agreement = await findCustomerAgreement(ctx.deps.db, ctx.customerId, input.agreementId);
  if (agreement !== undefined) {
    await issueDirectDebitLetter(ctx.deps, current, agreement.agreement_number, 'cancelled');
  }
  return { cancelled: true };
}
