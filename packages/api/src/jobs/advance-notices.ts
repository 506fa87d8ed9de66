import { addDays, addWorkingDays, compareDates } from '@marque/domain';
import { sql } from 'kysely';
import {
  plannedCollectionDate,
  regularCollectionDate,
} from '../services/direct-debit/collection-date.js';
import { advanceNoticeMail } from '../services/direct-debit/direct-debit-mails.js';
import {
  installmentsOwed,
  NOT_NEEDED,
  owedOn,
} from '../services/direct-debit/installments-owed.js';
import { LIVE_MANDATE_STATES } from '../services/direct-debit/mandate-store.js';
import { mailBrandOf } from '../services/mail/compose-mail.js';
import { instant } from '../services/time/instant.js';
import type { RunContext } from './run-context.js';

/**
 * Creates the collection of every instalment whose regular collection date has come within the
 * advance-notice horizon, and tells the customer its amount and date. The collection row is the
 * key: an instalment already notified is skipped, one whose collection was cancelled (a changed day
 * or bank) is notified again for its new date. Only instalments due after the mandate was set up
 * are collected; a date too soon for the notice moves to the earliest date the notice allows. The
 * notice names what is still owed on the instalment (less when part paid by card or transfer); one
 * already paid in full gets a collection cancelled as 'not_needed' and no notice, so it is never
 * collected and not looked at again.
 */
export async function sendAdvanceNotices(run: RunContext): Promise<void> {
  const { db } = run.deps;
  const { market, advanceNoticeWorkingDays } = run.calendar;
  const horizon = addWorkingDays(run.runDate, advanceNoticeWorkingDays, market);
  const candidates = await db
    .selectFrom('mandates as m')
    .innerJoin('agreements as a', 'a.id', 'm.agreement_id')
    .innerJoin('installments as i', 'i.agreement_id', 'm.agreement_id')
    .innerJoin('customers as c', 'c.id', 'm.customer_id')
    .leftJoin('collections as k', (join) =>
      join
        .onRef('k.agreement_id', '=', 'i.agreement_id')
        .onRef('k.installment_number', '=', 'i.number')
        .on('k.attempt', '=', 1),
    )
    .select([
      'm.id as mandateId',
      'm.collection_day as collectionDay',
      'm.reference',
      'a.id as agreementId',
      'a.agreement_number as agreementNumber',
      'a.currency',
      'i.number',
      'i.due_date as dueDate',
      'i.amount',
      'c.email',
      'c.given_name as givenName',
    ])
    .where('m.state', 'in', LIVE_MANDATE_STATES)
    .where('m.scheme', '=', 'bacs')
    .where('m.collections_held', '=', 0)
    .where('a.status', '=', 'active')
    .where('i.due_date', '>=', sql<string>`substr(m.created_at, 1, 10)`)
    // A collection day early in the month can never be more than a month from the due date.
    .where('i.due_date', '<=', addDays(horizon, 31))
    .where((eb) =>
      eb.or([
        eb('k.id', 'is', null),
        eb.and([
          eb('k.status', '=', 'cancelled'),
          eb.or([eb('k.failure_code', 'is', null), eb('k.failure_code', '!=', NOT_NEEDED)]),
        ]),
      ]),
    )
    .orderBy('m.id')
    .orderBy('i.number')
    .execute();
  const brand = mailBrandOf(run.deps.config);
  const inHorizon = candidates.filter(
    (candidate) =>
      compareDates(
        regularCollectionDate(candidate.dueDate, candidate.collectionDay, market),
        horizon,
      ) <= 0,
  );
  const owed = await installmentsOwed(
    db,
    inHorizon.map((candidate) => ({
      agreementId: candidate.agreementId,
      installmentNumber: candidate.number,
    })),
    horizon,
  );
  for (const candidate of inHorizon) {
    const regular = regularCollectionDate(candidate.dueDate, candidate.collectionDay, market);
    const planned = plannedCollectionDate(regular, run.runDate, run.calendar);
    const at = instant(run.deps.clock());
    const amount = Math.min(
      candidate.amount,
      owedOn(owed, { agreementId: candidate.agreementId, installmentNumber: candidate.number }),
    );
    const status = amount > 0 ? 'notified' : 'cancelled';
    const failureCode = amount > 0 ? null : NOT_NEEDED;
    const notified = await db
      .insertInto('collections')
      .values({
        id: crypto.randomUUID(),
        mandate_id: candidate.mandateId,
        agreement_id: candidate.agreementId,
        installment_number: candidate.number,
        // The column refuses nothing to collect: a collection not needed keeps the instalment's amount.
        amount: amount > 0 ? amount : candidate.amount,
        collection_date: planned.collectionDate,
        input_date: planned.inputDate,
        status,
        payment_id: null,
        attempt: 1,
        run_id: null,
        failure_code: failureCode,
        created_at: at,
        updated_at: at,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['agreement_id', 'installment_number', 'attempt'])
          .doUpdateSet({
            mandate_id: candidate.mandateId,
            amount: amount > 0 ? amount : candidate.amount,
            collection_date: planned.collectionDate,
            input_date: planned.inputDate,
            status,
            failure_code: failureCode,
            updated_at: at,
          })
          .where('collections.status', '=', 'cancelled'),
      )
      .returning('id')
      .executeTakeFirst();
    if (notified === undefined) continue;
    if (amount === 0) {
      run.counts.collectionsNotNeeded += 1;
      continue;
    }
    await run.deps.mailer.send(
      advanceNoticeMail(
        brand,
        { email: candidate.email, givenName: candidate.givenName },
        {
          agreementNumber: candidate.agreementNumber,
          reference: candidate.reference,
          amount,
          currency: candidate.currency,
          collectionDate: planned.collectionDate,
          representation: false,
        },
      ),
    );
    run.counts.noticesSent += 1;
    run.afterCollection(run.counts.noticesSent);
  }
}
