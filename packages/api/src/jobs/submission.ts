import { earliestCollectionDate } from '@marque/domain';
import { instant } from '../services/time/instant.js';
import { openAccountNumber } from '../services/direct-debit/bank-details.js';
import {
  awaitingCardOn,
  installmentsOwed,
  NOT_NEEDED,
  owedOn,
} from '../services/direct-debit/installments-owed.js';
import {
  writeSubmissionFile,
  type SubmissionItem,
  type SubmissionKind,
} from '../services/direct-debit/submission-file.js';
import { recordPayments } from '../services/payments/record-payment.js';
import type { MandateRow } from '../db/direct-debit-tables.js';
import { parameterChunks } from '../db/parameter-chunks.js';
import type { RunContext } from './run-context.js';

function itemOf(
  run: RunContext,
  mandate: Pick<
    MandateRow,
    | 'id'
    | 'sort_code'
    | 'routing_number'
    | 'account_number_encrypted'
    | 'account_holder_name'
    | 'reference'
  >,
  kind: SubmissionKind,
  amount: number,
): SubmissionItem {
  return {
    kind,
    bankCode: mandate.sort_code ?? mandate.routing_number ?? '',
    accountNumber: openAccountNumber(
      run.deps.config.secretKey,
      run.deps.config.previousSecretKeys,
      mandate.id,
      mandate.account_number_encrypted,
    ),
    accountName: mandate.account_holder_name,
    amount,
    reference: mandate.reference,
  };
}

/**
 * Writes the run's one submission file (Bacs Standard 18 or NACHA, by market), in one transaction
 * with everything it submits: new instructions (0N, or an ACH prenote), cancellations the bank must
 * hear of (0C), and every notified collection whose input day has come on an active mandate (01
 * first, 17 later, 18 re-presented; ACH debits 27), each with its
 * pending payment. A collection whose input day was missed goes on the next cycle. A run that has
 * its file already writes nothing. What was notified is checked against the ledger at submission:
 * an instalment paid in full since (by card or transfer) is cancelled as 'not_needed', one part
 * paid is collected for what is left, never more than the notice said (a smaller amount than
 * notified needs no new notice: the Guarantee protects the payer from larger or earlier debits).
 */
export async function writeSubmission(run: RunContext): Promise<void> {
  const { db } = run.deps;
  const at = instant(run.deps.clock());
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('submission_files')
      .select('id')
      .where('run_id', '=', run.runId)
      .executeTakeFirst();
    if (existing !== undefined) return;
    const items: SubmissionItem[] = [];

    const lodging = await trx
      .selectFrom('mandates')
      .selectAll()
      .where('state', '=', 'pending_submission')
      .where('scheme', '=', run.scheme)
      .execute();
    for (const mandate of lodging) items.push(itemOf(run, mandate, 'new_instruction', 0));
    if (lodging.length > 0) {
      for (const ids of parameterChunks(lodging.map((m) => m.id))) {
        await trx
          .updateTable('mandates')
          .set({ state: 'submitted', updated_at: at })
          .where('id', 'in', ids)
          .where('state', '=', 'pending_submission')
          .execute();
      }
      run.counts.mandatesLodged += lodging.length;
    }

    const cancelling = await trx
      .selectFrom('mandates')
      .selectAll()
      .where('state', '=', 'cancelled')
      .where('cancellation_lodged_at', 'is', null)
      .where('scheme', '=', run.scheme)
      .execute();
    for (const mandate of cancelling) items.push(itemOf(run, mandate, 'cancellation', 0));
    if (cancelling.length > 0) {
      for (const ids of parameterChunks(cancelling.map((m) => m.id))) {
        await trx
          .updateTable('mandates')
          .set({ cancellation_lodged_at: at })
          .where('id', 'in', ids)
          .execute();
      }
      run.counts.cancellationsLodged += cancelling.length;
    }

    const due = await trx
      .selectFrom('collections as k')
      .innerJoin('mandates as m', 'm.id', 'k.mandate_id')
      .innerJoin('agreements as a', 'a.id', 'k.agreement_id')
      .select([
        'k.id',
        'k.amount',
        'k.attempt',
        'k.input_date',
        'k.collection_date',
        'k.agreement_id',
        'k.installment_number',
        'a.customer_id',
        'a.currency',
        'm.id as mandateId',
        'm.sort_code',
        'm.routing_number',
        'm.account_number_encrypted',
        'm.account_holder_name',
        'm.reference',
      ])
      .where('k.status', '=', 'notified')
      .where('k.input_date', '<=', run.runDate)
      .where('m.state', '=', 'active')
      .where('m.collections_held', '=', 0)
      .where('m.scheme', '=', run.scheme)
      .orderBy('k.agreement_id')
      .orderBy('k.id')
      .execute();
    // Mandates that have been debited before: their next collection is a 17, not a first 01.
    const firsts = new Set<string>();
    for (const ids of parameterChunks([...new Set(due.map((d) => d.mandateId))])) {
      const debited = await trx
        .selectFrom('collections')
        .select('mandate_id')
        .where('status', 'in', ['submitted', 'collected', 'failed', 'represented'])
        .where('mandate_id', 'in', ids)
        .execute();
      for (const row of debited) firsts.add(row.mandate_id);
    }
    const late = earliestCollectionDate(run.runDate, {
      market: run.calendar.market,
      advanceNoticeWorkingDays: 0,
    });
    const asOf = due.reduce(
      (latest, c) => (c.collection_date > latest ? c.collection_date : latest),
      late,
    );
    for (const chunk of parameterChunks(due)) {
      const owed = await installmentsOwed(
        trx,
        chunk.map((collection) => ({
          agreementId: collection.agreement_id,
          installmentNumber: collection.installment_number,
        })),
        asOf,
      );
      // A card payment for the instalment still awaits the provider: wait for it, a later cycle.
      const ready = chunk.filter(
        (collection) =>
          !awaitingCardOn(owed, {
            agreementId: collection.agreement_id,
            installmentNumber: collection.installment_number,
          }),
      );
      run.counts.collectionsHeldForCard += chunk.length - ready.length;
      const sized = ready.map((collection) => ({
        collection,
        amount: Math.min(
          collection.amount,
          owedOn(owed, {
            agreementId: collection.agreement_id,
            installmentNumber: collection.installment_number,
          }),
        ),
      }));
      const notNeeded = sized.filter((s) => s.amount <= 0).map((s) => s.collection.id);
      if (notNeeded.length > 0) {
        await trx
          .updateTable('collections')
          .set({ status: 'cancelled', failure_code: NOT_NEEDED, updated_at: at })
          .where('id', 'in', notNeeded)
          .execute();
        run.counts.collectionsNotNeeded += notNeeded.length;
      }
      const submitting = sized.filter((s) => s.amount > 0);
      const payments = await recordPayments(
        trx,
        submitting.map(({ collection, amount }) => ({
          agreementId: collection.agreement_id,
          customerId: collection.customer_id,
          method: 'direct_debit' as const,
          amount,
          currency: collection.currency,
          idempotencyKey: `direct-debit:${collection.id}`,
          gatewayReference: collection.reference,
          at: run.deps.clock(),
        })),
      );
      for (const [index, { collection, amount }] of submitting.entries()) {
        const kind: SubmissionKind =
          collection.attempt === 2
            ? 'representation'
            : firsts.has(collection.mandateId)
              ? 'collection'
              : 'first_collection';
        firsts.add(collection.mandateId);
        items.push(itemOf(run, { ...collection, id: collection.mandateId }, kind, amount));
        await trx
          .updateTable('collections')
          .set({
            status: 'submitted',
            amount,
            run_id: run.runId,
            payment_id: payments[index]?.payment.id ?? null,
            updated_at: at,
            ...(collection.input_date < run.runDate
              ? { input_date: run.runDate, collection_date: late }
              : {}),
          })
          .where('id', '=', collection.id)
          .execute();
      }
      run.counts.collectionsSubmitted += submitting.length;
    }
    const file = writeSubmissionFile(
      run.calendar.market,
      run.deps.config.brandName,
      run.runDate,
      items,
    );
    if (file === null) return;
    await trx
      .insertInto('submission_files')
      .values({
        id: crypto.randomUUID(),
        run_id: run.runId,
        content: file.content,
        checksum: file.checksum,
        created_at: at,
        delivered_at: null,
      })
      .execute();
  });
}

/** Hands every file the bank has not yet taken to it (a crash after writing is finished here). */
export async function deliverSubmissions(run: RunContext): Promise<void> {
  const pending = await run.deps.db
    .selectFrom('submission_files as f')
    .innerJoin('collection_runs as r', 'r.id', 'f.run_id')
    .select(['f.id', 'f.content', 'r.run_date'])
    .where('f.delivered_at', 'is', null)
    .orderBy('r.run_date')
    .execute();
  for (const file of pending) {
    // The file was written for its own input day: Bacs dates every item from it.
    await run.bank.submit(file.id, file.content, file.run_date);
    await run.deps.db
      .updateTable('submission_files')
      .set({ delivered_at: instant(run.deps.clock()) })
      .where('id', '=', file.id)
      .execute();
  }
}
