import {
  achReturnCode,
  bacsReasonCode,
  mandateAfterAchReturn,
  mandateAfterBacsReason,
  type BacsReasonEffect,
  type MandateTransitionResult,
} from '@marque/domain';
import type { Transaction } from 'kysely';
import type { MandateRow } from '../db/direct-debit-tables.js';
import type { Database } from '../db/schema.js';
import type { BankReport } from '../services/direct-debit/bank-connection.js';
import { plannedCollectionDate } from '../services/direct-debit/collection-date.js';
import { isNewInstructionCode } from '../services/direct-debit/submission-file.js';
import {
  advanceNoticeMail,
  collectionFailedMail,
  mandateEndedMail,
} from '../services/direct-debit/direct-debit-mails.js';
import {
  cancelUnsubmittedCollections,
  recipientOfCustomer,
} from '../services/direct-debit/mandate-store.js';
import { mailBrandOf } from '../services/mail/compose-mail.js';
import type { OutgoingMail } from '../services/mail/mailer.js';
import { markPaymentFailed, markPaymentPaid } from '../services/payments/record-payment.js';
import { instant } from '../services/time/instant.js';
import type { RunContext } from './run-context.js';

type Trx = Transaction<Database>;

/** A reason code from either scheme's reports: a Bacs reason code or an ACH return code. */
interface SchemeReason {
  code: string;
  description: string;
  effect: BacsReasonEffect;
  /** How the failure is recorded on the collection, e.g. 'ARUDD 0' or 'ACH R01'. */
  label: string;
  /** The mandate's state once the code is applied, by the scheme's own rule. */
  mandateAfter: (state: MandateRow['state']) => MandateTransitionResult;
}

/** What a report's code means in the market's scheme; undefined for a code the scheme lacks. */
function reasonOf(run: RunContext, report: BankReport): SchemeReason | undefined {
  const code = report.code ?? '';
  if (run.scheme === 'ach') {
    const ach = achReturnCode(code);
    return ach === undefined
      ? undefined
      : {
          ...ach,
          label: `ACH ${ach.code}`,
          mandateAfter: (state) => mandateAfterAchReturn(state, ach),
        };
  }
  if (report.report === 'INPUT') return undefined;
  const bacs = bacsReasonCode(report.report, code);
  return bacs === undefined
    ? undefined
    : {
        ...bacs,
        label: `${report.report} ${bacs.code}`,
        mandateAfter: (state) => mandateAfterBacsReason(state, bacs),
      };
}

/** Mails to send once the report's changes are committed (never for a change rolled back). */
type Outbox = ((run: RunContext) => Promise<OutgoingMail>)[];

async function mandateByReference(trx: Trx, reference: string): Promise<MandateRow | undefined> {
  return trx
    .selectFrom('mandates')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirst();
}

async function agreementNumberOf(run: RunContext, agreementId: string): Promise<string> {
  const row = await run.deps.db
    .selectFrom('agreements')
    .select('agreement_number')
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return row.agreement_number;
}

/** Applies a reason code's effect on the mandate through the domain's state machine. */
async function applyMandateEffect(
  run: RunContext,
  trx: Trx,
  mandate: MandateRow,
  reason: SchemeReason,
  outbox: Outbox,
): Promise<void> {
  const at = instant(run.deps.clock());
  if (reason.effect.holdCollections) {
    await trx
      .updateTable('mandates')
      .set({ collections_held: 1, updated_at: at })
      .where('id', '=', mandate.id)
      .execute();
    await cancelUnsubmittedCollections(trx, mandate.id, at);
  }
  const next = reason.mandateAfter(mandate.state);
  // An illegal transition here is a report about a mandate that has already ended: nothing to do.
  if (!next.ok || next.state === mandate.state) return;
  const ended = next.state === 'failed' || next.state === 'cancelled';
  await trx
    .updateTable('mandates')
    .set({
      state: next.state,
      updated_at: at,
      ...(ended ? { cancelled_at: at, cancellation_lodged_at: at } : {}),
    })
    .where('id', '=', mandate.id)
    .execute();
  if (!ended) return;
  run.counts.mandatesEnded += 1;
  await cancelUnsubmittedCollections(trx, mandate.id, at);
  outbox.push(async (r) =>
    mandateEndedMail(
      mailBrandOf(r.deps.config),
      await recipientOfCustomer(r.deps.db, mandate.customer_id),
      {
        agreementNumber: await agreementNumberOf(r, mandate.agreement_id),
        reason: reason.description,
      },
    ),
  );
}

/** The input report: an instruction accepted (the mandate becomes active) or a collection paid. */
async function applyAccepted(
  run: RunContext,
  trx: Trx,
  report: BankReport,
  mandate: MandateRow,
): Promise<void> {
  const at = instant(run.deps.clock());
  if (isNewInstructionCode(report.transactionCode)) {
    const activated = await trx
      .updateTable('mandates')
      .set({ state: 'active', updated_at: at })
      .where('id', '=', mandate.id)
      .where('state', '=', 'submitted')
      .executeTakeFirst();
    if (activated.numUpdatedRows > 0n) run.counts.mandatesActivated += 1;
    return;
  }
  const collection = await trx
    .updateTable('collections')
    .set({ status: 'collected', updated_at: at })
    .where('mandate_id', '=', mandate.id)
    .where('collection_date', '=', report.processingDate)
    .where('status', '=', 'submitted')
    .returning(['payment_id'])
    .executeTakeFirst();
  if (collection?.payment_id == null) return;
  await markPaymentPaid(trx, collection.payment_id, report.processingDate, run.deps.clock());
  run.counts.collectionsCollected += 1;
}

/** ARUDD: the collection came back unpaid; one re-presentation when the code allows it. */
async function applyUnpaid(
  run: RunContext,
  trx: Trx,
  report: BankReport,
  mandate: MandateRow,
  reason: SchemeReason,
  outbox: Outbox,
): Promise<void> {
  const at = instant(run.deps.clock());
  const collection = await trx
    .selectFrom('collections')
    .selectAll()
    .where('mandate_id', '=', mandate.id)
    .where('collection_date', '=', report.processingDate)
    .where('status', 'in', ['submitted', 'collected'])
    .executeTakeFirst();
  if (collection === undefined) return;
  if (collection.payment_id !== null) {
    await markPaymentFailed(
      trx,
      collection.payment_id,
      reason.description,
      run.runDate,
      run.deps.clock(),
    );
  }
  run.counts.collectionsFailed += 1;
  const retry =
    reason.effect.collection === 'failed_retry_allowed' &&
    collection.attempt === 1 &&
    mandate.state === 'active' &&
    mandate.collections_held === 0;
  const planned = retry ? plannedCollectionDate(run.runDate, run.runDate, run.calendar) : null;
  await trx
    .updateTable('collections')
    .set({
      status: retry ? 'represented' : 'failed',
      failure_code: reason.label,
      updated_at: at,
    })
    .where('id', '=', collection.id)
    .execute();
  if (planned !== null) {
    await trx
      .insertInto('collections')
      .values({
        id: crypto.randomUUID(),
        mandate_id: mandate.id,
        agreement_id: collection.agreement_id,
        installment_number: collection.installment_number,
        amount: collection.amount,
        collection_date: planned.collectionDate,
        input_date: planned.inputDate,
        status: 'notified',
        payment_id: null,
        attempt: 2,
        run_id: null,
        failure_code: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((conflict) =>
        conflict.columns(['agreement_id', 'installment_number', 'attempt']).doNothing(),
      )
      .execute();
    run.counts.representations += 1;
  }
  await applyMandateEffect(run, trx, mandate, reason, outbox);
  const currency = run.deps.config.market === 'US' ? 'USD' : 'GBP';
  outbox.push(async (r) => {
    const to = await recipientOfCustomer(r.deps.db, mandate.customer_id);
    const agreementNumber = await agreementNumberOf(r, mandate.agreement_id);
    return collectionFailedMail(mailBrandOf(r.deps.config), to, {
      agreementNumber,
      amount: collection.amount,
      currency,
      reason: reason.description,
      retryOn: planned?.collectionDate ?? null,
    });
  });
  if (planned !== null) {
    outbox.push(async (r) =>
      advanceNoticeMail(
        mailBrandOf(r.deps.config),
        await recipientOfCustomer(r.deps.db, mandate.customer_id),
        {
          agreementNumber: await agreementNumberOf(r, mandate.agreement_id),
          reference: mandate.reference,
          amount: collection.amount,
          currency,
          collectionDate: planned.collectionDate,
          representation: true,
        },
      ),
    );
  }
}

/**
 * Reads every report the bank has ready and applies each in its own transaction before
 * acknowledging it. Every change is guarded by the current state, so a report applied but not
 * acknowledged before a crash changes nothing the second time.
 */
export async function importBankReports(run: RunContext): Promise<void> {
  for (const report of await run.bank.reports(run.runDate)) {
    const outbox: Outbox = [];
    await run.deps.db.transaction().execute(async (trx) => {
      const mandate = await mandateByReference(trx, report.reference);
      if (mandate === undefined) return;
      if (report.report === 'INPUT') {
        await applyAccepted(run, trx, report, mandate);
        return;
      }
      const reason = reasonOf(run, report);
      if (reason === undefined) return;
      if (report.report === 'ARUDD') await applyUnpaid(run, trx, report, mandate, reason, outbox);
      else await applyMandateEffect(run, trx, mandate, reason, outbox);
    });
    for (const mail of outbox) await run.deps.mailer.send(await mail(run));
    await run.bank.acknowledge(report.id, run.deps.clock());
    run.counts.reportsImported += 1;
  }
}
