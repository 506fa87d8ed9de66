import { addDays, addWorkingDays, compareDates } from '@marque/domain';
import {
  plannedCollectionDate,
  regularCollectionDate,
} from '../services/direct-debit/collection-date.js';
import { advanceNoticeMail } from '../services/direct-debit/direct-debit-mails.js';
import {
  awaitingCardOn,
  installmentsOwed,
  NOT_NEEDED,
  owedOn,
} from '../services/direct-debit/installments-owed.js';
import { mailBrandOf } from '../services/mail/compose-mail.js';
import { instant } from '../services/time/instant.js';
import { parameterChunks } from '../db/parameter-chunks.js';
import { LIVE_MANDATE_STATES } from '../services/direct-debit/mandate-store.js';
import { inGroups } from './in-groups.js';
import { mandatePages, type MandatePage } from './mandate-pages.js';
import type { RunContext } from './run-context.js';

/** Notices e-mailed at once (within PostgreSQL's pool of 10), then marked in one commit. */
const NOTICES_AT_ONCE = 8;

/**
 * The instalments of a page of mandates that may need a collection created or re-planned: the
 * page's mandates by their key range (an index range scan), then their instalments by agreement
 * (the instalments' primary key), so neither database is tempted into scanning a whole table.
 */
async function candidatesOf(run: RunContext, page: MandatePage, horizonEnd: string) {
  const { db } = run.deps;
  const mandates = await db
    .selectFrom('mandates as m')
    .innerJoin('agreements as a', 'a.id', 'm.agreement_id')
    .innerJoin('customers as c', 'c.id', 'm.customer_id')
    .select([
      'm.id as mandateId',
      'm.collection_day as collectionDay',
      'm.reference',
      'm.created_at as mandateCreatedAt',
      'm.state',
      'm.scheme',
      'm.collections_held as collectionsHeld',
      'a.id as agreementId',
      'a.agreement_number as agreementNumber',
      'a.currency',
      'a.status as agreementStatus',
      'c.email',
      'c.given_name as givenName',
    ])
    .$if(page.after !== null, (query) =>
      query.where((eb) =>
        eb(
          eb.refTuple('m.agreement_id', 'm.id'),
          '>',
          eb.tuple(page.after?.[0] ?? '', page.after?.[1] ?? ''),
        ),
      ),
    )
    .where((eb) =>
      eb(eb.refTuple('m.agreement_id', 'm.id'), '<=', eb.tuple(page.last[0], page.last[1])),
    )
    .execute();
  // Filtered here, not in SQL: a filter on the state steers SQLite off the key range.
  const live = new Map(
    mandates
      .filter(
        (mandate) =>
          LIVE_MANDATE_STATES.includes(mandate.state) &&
          mandate.scheme === run.scheme &&
          mandate.collectionsHeld === 0 &&
          mandate.agreementStatus === 'active',
      )
      .map((mandate) => [mandate.agreementId, mandate]),
  );
  if (live.size === 0) return [];
  const installments = await db
    .selectFrom('installments as i')
    .leftJoin('collections as k', (join) =>
      join
        .onRef('k.agreement_id', '=', 'i.agreement_id')
        .onRef('k.installment_number', '=', 'i.number')
        .on('k.attempt', '=', 1),
    )
    .select(['i.agreement_id', 'i.number', 'i.due_date as dueDate', 'i.amount'])
    .where('i.agreement_id', 'in', [...live.keys()])
    // A collection day early in the month can never be more than a month from the due date.
    .where('i.due_date', '<=', horizonEnd)
    .where((eb) =>
      eb.or([
        eb('k.id', 'is', null),
        // Created by a run that stopped before its notice went out.
        eb('k.status', '=', 'scheduled'),
        eb.and([
          eb('k.status', '=', 'cancelled'),
          eb.or([eb('k.failure_code', 'is', null), eb('k.failure_code', '!=', NOT_NEEDED)]),
        ]),
      ]),
    )
    .orderBy('i.agreement_id')
    .orderBy('i.number')
    .execute();
  return installments.flatMap((installment) => {
    const mandate = live.get(installment.agreement_id);
    // Only instalments falling due once the mandate was set up are collected under it.
    if (mandate === undefined || installment.dueDate < mandate.mandateCreatedAt.slice(0, 10)) {
      return [];
    }
    return [
      {
        ...mandate,
        number: installment.number,
        dueDate: installment.dueDate,
        amount: installment.amount,
      },
    ];
  });
}

/**
 * Creates the collection of every instalment whose regular collection date has come within the
 * advance-notice horizon, and tells the customer its amount and date. The collection row is the
 * key: an instalment already notified is skipped, one whose collection was cancelled (a changed day
 * or bank) is notified again for its new date. Only instalments due after the mandate was set up
 * are collected; a date too soon for the notice moves to the earliest date the notice allows. The
 * notice names what is still owed on the instalment (less when part paid by card or transfer); one
 * already paid in full gets a collection cancelled as 'not_needed' and no notice, so it is never
 * collected and not looked at again.
 *
 * Mandates are read a page at a time in agreement order and each page's collections are written
 * in one transaction as 'scheduled'; they become 'notified' a few at a time once their e-mails
 * have gone, so a run that stops halfway sends the rest next time (at worst one group twice, never
 * one not at all) and the submission never takes a collection the customer was not told of.
 */
export async function sendAdvanceNotices(run: RunContext): Promise<void> {
  const { db } = run.deps;
  const { market, advanceNoticeWorkingDays } = run.calendar;
  const horizon = addWorkingDays(run.runDate, advanceNoticeWorkingDays, market);
  const brand = mailBrandOf(run.deps.config);
  for await (const page of mandatePages(db)) {
    const candidates = (await candidatesOf(run, page, addDays(horizon, 31))).filter(
      (candidate) =>
        compareDates(
          regularCollectionDate(candidate.dueDate, candidate.collectionDay, market),
          horizon,
        ) <= 0,
    );
    if (candidates.length === 0) continue;
    const owed = await installmentsOwed(
      db,
      candidates.map((candidate) => ({
        agreementId: candidate.agreementId,
        installmentNumber: candidate.number,
      })),
      horizon,
    );
    const at = instant(run.deps.clock());
    // Held back while a card payment for the instalment awaits the provider: the next run decides.
    const ready = candidates.filter(
      (candidate) =>
        !awaitingCardOn(owed, {
          agreementId: candidate.agreementId,
          installmentNumber: candidate.number,
        }),
    );
    if (ready.length === 0) continue;
    const planned = ready.map((candidate) => {
      const dates = plannedCollectionDate(
        regularCollectionDate(candidate.dueDate, candidate.collectionDay, market),
        run.runDate,
        run.calendar,
      );
      const amount = Math.min(
        candidate.amount,
        owedOn(owed, { agreementId: candidate.agreementId, installmentNumber: candidate.number }),
      );
      return { candidate, dates, amount };
    });
    const written = await db.transaction().execute(async (trx) => {
      const rows = [];
      for (const chunk of parameterChunks(planned)) {
        const inserted = await trx
          .insertInto('collections')
          .values(
            chunk.map(({ candidate, dates, amount }) => ({
              id: crypto.randomUUID(),
              mandate_id: candidate.mandateId,
              agreement_id: candidate.agreementId,
              installment_number: candidate.number,
              // The column refuses nothing to collect: a collection not needed keeps the instalment's amount.
              amount: amount > 0 ? amount : candidate.amount,
              collection_date: dates.collectionDate,
              input_date: dates.inputDate,
              status: amount > 0 ? ('scheduled' as const) : ('cancelled' as const),
              payment_id: null,
              attempt: 1,
              run_id: null,
              failure_code: amount > 0 ? null : NOT_NEEDED,
              created_at: at,
              updated_at: at,
            })),
          )
          .onConflict((conflict) =>
            conflict
              .columns(['agreement_id', 'installment_number', 'attempt'])
              .doUpdateSet((eb) => ({
                mandate_id: eb.ref('excluded.mandate_id'),
                amount: eb.ref('excluded.amount'),
                collection_date: eb.ref('excluded.collection_date'),
                input_date: eb.ref('excluded.input_date'),
                status: eb.ref('excluded.status'),
                failure_code: eb.ref('excluded.failure_code'),
                updated_at: eb.ref('excluded.updated_at'),
              }))
              .where('collections.status', 'in', ['cancelled', 'scheduled']),
          )
          .returning(['id', 'agreement_id', 'installment_number', 'status'])
          .execute();
        rows.push(...inserted);
      }
      return rows;
    });
    const writtenByKey = new Map(
      written.map((row) => [`${row.agreement_id}#${String(row.installment_number)}`, row]),
    );
    const noticed = planned.flatMap((plan) => {
      const row = writtenByKey.get(
        `${plan.candidate.agreementId}#${String(plan.candidate.number)}`,
      );
      if (row?.status === 'cancelled') run.counts.collectionsNotNeeded += 1;
      return row?.status === 'scheduled' ? [{ ...plan, collectionId: row.id }] : [];
    });
    // A few e-mails at once, then one commit marks them notified: a run killed in between sends
    // that group's notices again (a repeated notice, never a missing one).
    await inGroups(
      noticed,
      NOTICES_AT_ONCE,
      ({ candidate, dates, amount }) =>
        run.deps.mailer.send(
          advanceNoticeMail(
            brand,
            { email: candidate.email, givenName: candidate.givenName },
            {
              agreementNumber: candidate.agreementNumber,
              reference: candidate.reference,
              amount,
              currency: candidate.currency,
              collectionDate: dates.collectionDate,
              representation: false,
            },
          ),
        ),
      async (sent) => {
        if (sent.length === 0) return;
        await db
          .updateTable('collections')
          .set({ status: 'notified', updated_at: at })
          .where(
            'id',
            'in',
            sent.map((notice) => notice.collectionId),
          )
          .where('status', '=', 'scheduled')
          .execute();
        const before = run.counts.noticesSent;
        run.counts.noticesSent += sent.length;
        for (let done = before + 1; done <= run.counts.noticesSent; done += 1) {
          run.afterCollection(done);
        }
      },
    );
  }
}
