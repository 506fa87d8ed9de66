import { addDays, addWorkingDays, compareDates } from '@marque/domain';
import { sql } from 'kysely';
import {
  plannedCollectionDate,
  regularCollectionDate,
} from '../services/direct-debit/collection-date.js';
import { advanceNoticeMail } from '../services/direct-debit/direct-debit-mails.js';
import { LIVE_MANDATE_STATES } from '../services/direct-debit/mandate-store.js';
import { mailBrandOf } from '../services/mail/compose-mail.js';
import { instant } from '../services/time/instant.js';
import type { RunContext } from './run-context.js';

/**
 * Creates the collection of every instalment whose regular collection date has come within the
 * advance-notice horizon, and tells the customer its amount and date. The collection row is the
 * key: an instalment already notified is skipped, one whose collection was cancelled (a changed day
 * or bank) is notified again for its new date. Only instalments due after the mandate was set up
 * are collected; a date too soon for the notice moves to the earliest date the notice allows.
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
    .where((eb) => eb.or([eb('k.id', 'is', null), eb('k.status', '=', 'cancelled')]))
    .orderBy('m.id')
    .orderBy('i.number')
    .execute();
  const brand = mailBrandOf(run.deps.config);
  for (const candidate of candidates) {
    const regular = regularCollectionDate(candidate.dueDate, candidate.collectionDay, market);
    if (compareDates(regular, horizon) > 0) continue;
    const planned = plannedCollectionDate(regular, run.runDate, run.calendar);
    const at = instant(run.deps.clock());
    const notified = await db
      .insertInto('collections')
      .values({
        id: crypto.randomUUID(),
        mandate_id: candidate.mandateId,
        agreement_id: candidate.agreementId,
        installment_number: candidate.number,
        amount: candidate.amount,
        collection_date: planned.collectionDate,
        input_date: planned.inputDate,
        status: 'notified',
        payment_id: null,
        attempt: 1,
        run_id: null,
        failure_code: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['agreement_id', 'installment_number', 'attempt'])
          .doUpdateSet({
            mandate_id: candidate.mandateId,
            collection_date: planned.collectionDate,
            input_date: planned.inputDate,
            status: 'notified',
            updated_at: at,
          })
          .where('collections.status', '=', 'cancelled'),
      )
      .returning('id')
      .executeTakeFirst();
    if (notified === undefined) continue;
    await run.deps.mailer.send(
      advanceNoticeMail(
        brand,
        { email: candidate.email, givenName: candidate.givenName },
        {
          agreementNumber: candidate.agreementNumber,
          reference: candidate.reference,
          amount: candidate.amount,
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
