import { formatSortCode, type IsoDate, type MandateState, type Minor } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { MandateRow, MandateScheme } from '../../db/direct-debit-tables.js';
import type { Database } from '../../db/schema.js';
import type { ScheduledInstallment } from '../agreements/schedule-lines.js';
import { maskAccountNumber } from './bank-details.js';
import {
  plannedCollectionDate,
  regularCollectionDate,
  type CollectionCalendar,
} from './collection-date.js';
import type { MandateSummary } from './direct-debit-mails.js';

export interface MandateView {
  id: string;
  state: MandateState;
  scheme: MandateScheme;
  accountHolderName: string;
  /** '08-99-99' (Bacs) or null. */
  sortCode: string | null;
  /** Nine digits (ACH) or null. */
  routingNumber: string | null;
  /** '****5678': the only form in which an account number leaves the server. */
  accountNumber: string;
  collectionDay: number;
  reference: string;
  createdAt: string;
}

export interface NextCollection {
  date: IsoDate;
  amount: Minor;
  /** 'expected' until the advance notice has been sent. */
  status: 'expected' | 'notified' | 'submitted';
}

/** A mandate as the customer sees it, bank details masked. */
export function mandateView(row: MandateRow): MandateView {
  return {
    id: row.id,
    state: row.state,
    scheme: row.scheme,
    accountHolderName: row.account_holder_name,
    sortCode: row.sort_code === null ? null : formatSortCode(row.sort_code),
    routingNumber: row.routing_number,
    accountNumber: maskAccountNumber(row.account_last4),
    collectionDay: row.collection_day,
    reference: row.reference,
    createdAt: row.created_at,
  };
}

/** The mandate as its e-mails describe it. */
export function mandateSummary(row: MandateRow, agreementNumber: string): MandateSummary {
  const view = mandateView(row);
  return {
    agreementNumber,
    accountHolderName: view.accountHolderName,
    bankCode: view.sortCode ?? view.routingNumber ?? '',
    maskedAccountNumber: view.accountNumber,
    reference: view.reference,
    collectionDay: view.collectionDay,
  };
}

/**
 * The next collection: one already notified or submitted, else the first instalment that would be
 * collected under the advance-notice rule if notice went out today.
 */
export async function nextCollection(
  db: Kysely<Database>,
  mandate: MandateRow,
  schedule: readonly ScheduledInstallment[],
  today: IsoDate,
  calendar: CollectionCalendar,
): Promise<NextCollection | null> {
  const pending = await db
    .selectFrom('collections')
    .select(['collection_date', 'amount', 'status', 'installment_number'])
    .where('mandate_id', '=', mandate.id)
    .where('status', 'in', ['notified', 'submitted'])
    .orderBy('collection_date')
    .executeTakeFirst();
  if (pending !== undefined) {
    return {
      date: pending.collection_date,
      amount: pending.amount,
      status: pending.status === 'submitted' ? 'submitted' : 'notified',
    };
  }
  const { collectionDate: earliest } = plannedCollectionDate(today, today, calendar);
  for (const installment of schedule) {
    const regular = regularCollectionDate(
      installment.dueDate,
      mandate.collection_day,
      calendar.market,
    );
    if (regular >= earliest)
      return { date: regular, amount: installment.amount, status: 'expected' };
  }
  return null;
}
