import { normaliseAgreementNumber } from '@marque/domain';
import { sql, type Kysely } from 'kysely';
import type { ContactChannel, ContactDirection } from '../../db/contact-record-tables.js';
import type { Database } from '../../db/schema.js';
import { staffNames } from '../staff/colleagues.js';
import { REASON_NAMES } from '../transaction-cases/case-view.js';
import { customerNotFound } from './contact-log.js';

/** What a timeline entry is. */
export type ContactKind =
  | 'message'
  | 'chat'
  | 'transaction_case'
  | 'transaction_case_update'
  | 'contact_form'
  | 'contact_form_reply'
  | ContactChannel;

/** Where staff open the rest of it. */
export type ContactLink =
  | { type: 'thread'; id: string }
  | { type: 'chat'; id: string }
  | { type: 'transaction_case'; id: string }
  | { type: 'contact_case'; id: string };

/** One contact with the customer, whichever way it came. */
export interface ContactEvent {
  /** Unique across kinds: '<kind>:<id>'. */
  key: string;
  kind: ContactKind;
  at: string;
  /** From the customer (inbound) or to them (outbound). */
  direction: ContactDirection;
  title: string;
  /** The text, or its start for long messages. */
  summary: string;
  /** The member of staff who wrote, replied, decided or logged it; null for the customer. */
  staffName: string | null;
  link: ContactLink | null;
  /** For logged calls and letters: when someone should come back to it. */
  followUpOn: string | null;
}

/** Enough of a message to recognise it; the whole text is one click away. */
const SUMMARY_LENGTH = 280;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH - 1)}…`;
}

const KIND_ORDER: Readonly<Record<ContactKind, number>> = {
  contact_form: 0,
  contact_form_reply: 1,
  transaction_case: 2,
  transaction_case_update: 3,
  message: 4,
  chat: 5,
  phone: 6,
  letter: 7,
};

/** Newest first; at the same instant, in the order things happen (a report before its update). */
function newestFirst(a: ContactEvent, b: ContactEvent): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.kind !== b.kind) return KIND_ORDER[b.kind] - KIND_ORDER[a.kind];
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}

/**
 * Every contact with one customer in one list, newest first: secure messages and live-chat lines
 * both ways, reported
 * transaction problems and their updates, contact-form messages sent from the customer's e-mail
 * address or quoting one of their agreements (unverified, and marked so), and the calls and letters
 * staff logged.
 */
export async function contactTimeline(
  db: Kysely<Database>,
  customerId: string,
): Promise<ContactEvent[]> {
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'email'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (customer === undefined) throw customerNotFound();

  const [messages, cases, updates, logged, contactCases] = await Promise.all([
    db
      .selectFrom('thread_messages as m')
      .innerJoin('message_threads as t', 't.id', 'm.thread_id')
      .select(['m.id', 'm.thread_id', 'm.author_type', 'm.author_id', 'm.body', 'm.created_at'])
      .select(['t.subject', 't.channel'])
      .where('t.customer_id', '=', customerId)
      .execute(),
    db.selectFrom('transaction_cases').selectAll().where('customer_id', '=', customerId).execute(),
    db
      .selectFrom('transaction_case_updates as u')
      .innerJoin('transaction_cases as k', 'k.id', 'u.case_id')
      .select(['u.id', 'u.case_id', 'u.staff_id', 'u.status', 'u.note', 'u.created_at'])
      .select('k.reference')
      .where('k.customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('contact_log_entries')
      .selectAll()
      .where('customer_id', '=', customerId)
      .execute(),
    contactCasesOf(db, customerId, customer.email),
  ]);
  const replies =
    contactCases.length === 0
      ? []
      : await db
          .selectFrom('contact_case_replies as r')
          .innerJoin('contact_cases as k', 'k.id', 'r.case_id')
          .select(['r.id', 'r.case_id', 'r.staff_id', 'r.body', 'r.created_at', 'k.reference'])
          .where(
            'r.case_id',
            'in',
            contactCases.map((row) => row.id),
          )
          .execute();
  const names = await staffNames(db, [
    ...messages.map((row) => (row.author_type === 'staff' ? row.author_id : null)),
    ...updates.map((row) => row.staff_id),
    ...logged.map((row) => row.staff_id),
    ...replies.map((row) => row.staff_id),
  ]);
  const nameOf = (staffId: string) => names.get(staffId) ?? 'Former member of staff';

  const events: ContactEvent[] = [
    ...messages.map((row): ContactEvent => {
      const fromCustomer = row.author_type === 'customer';
      const chat = row.channel === 'chat';
      const what = chat ? 'Chat' : 'Secure message';
      return {
        key: `${chat ? 'chat' : 'message'}:${row.id}`,
        kind: chat ? 'chat' : 'message',
        at: row.created_at,
        direction: fromCustomer ? 'inbound' : 'outbound',
        title: chat
          ? `${what} ${fromCustomer ? 'from the customer' : 'to the customer'}`
          : `${what} ${fromCustomer ? 'from the customer' : 'to the customer'}: ${row.subject}`,
        summary: excerpt(row.body),
        staffName: fromCustomer ? null : nameOf(row.author_id),
        link: { type: chat ? 'chat' : 'thread', id: row.thread_id },
        followUpOn: null,
      };
    }),
    ...cases.map((row): ContactEvent => ({
      key: `transaction_case:${row.id}`,
      kind: 'transaction_case',
      at: row.created_at,
      direction: 'inbound',
      title: `Reported a problem (${row.reference}): ${REASON_NAMES[row.reason]}`,
      summary: row.details === null ? row.entry_description : excerpt(row.details),
      staffName: null,
      link: { type: 'transaction_case', id: row.id },
      followUpOn: null,
    })),
    ...updates.map((row): ContactEvent => ({
      key: `transaction_case_update:${row.id}`,
      kind: 'transaction_case_update',
      at: row.created_at,
      direction: 'outbound',
      title: `Case ${row.reference} marked ${row.status}`,
      summary: excerpt(row.note),
      staffName: nameOf(row.staff_id),
      link: { type: 'transaction_case', id: row.case_id },
      followUpOn: null,
    })),
    ...contactCases.map((row): ContactEvent => ({
      key: `contact_form:${row.id}`,
      kind: 'contact_form',
      at: row.created_at,
      direction: 'inbound',
      title: `Contact form (${row.reference}), sender not verified`,
      summary: excerpt(row.message),
      staffName: null,
      link: { type: 'contact_case', id: row.id },
      followUpOn: null,
    })),
    ...replies.map((row): ContactEvent => ({
      key: `contact_form_reply:${row.id}`,
      kind: 'contact_form_reply',
      at: row.created_at,
      direction: 'outbound',
      title: `E-mailed reply to contact form (${row.reference})`,
      summary: excerpt(row.body),
      staffName: nameOf(row.staff_id),
      link: { type: 'contact_case', id: row.case_id },
      followUpOn: null,
    })),
    ...logged.map((row): ContactEvent => ({
      key: `${row.channel}:${row.id}`,
      kind: row.channel,
      at: row.occurred_at,
      direction: row.direction,
      title:
        row.channel === 'phone'
          ? row.direction === 'inbound'
            ? 'Phone call from the customer'
            : 'Phone call to the customer'
          : row.direction === 'inbound'
            ? 'Letter from the customer'
            : 'Letter to the customer',
      summary: row.summary,
      staffName: nameOf(row.staff_id),
      link: null,
      followUpOn: row.follow_up_on,
    })),
  ];
  return events.sort(newestFirst);
}

/**
 * Contact-form cases that are probably this customer's: sent from the e-mail address on their
 * record, or quoting one of their agreement numbers however it was spaced.
 */
async function contactCasesOf(db: Kysely<Database>, customerId: string, email: string) {
  const agreements = await db
    .selectFrom('agreements')
    .select('agreement_number')
    .where('customer_id', '=', customerId)
    .execute();
  const numbers = agreements.map((row) => normaliseAgreementNumber(row.agreement_number));
  const rows = await db
    .selectFrom('contact_cases')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('email', '=', email.toLowerCase()),
        ...(numbers.length === 0
          ? []
          : [
              // A first cut in SQL (upper case, no spaces or hyphens); the domain's rule decides.
              eb(
                sql<string>`upper(replace(replace(agreement_number, ' ', ''), '-', ''))`,
                'in',
                numbers,
              ),
            ]),
      ]),
    )
    .execute();
  return rows.filter(
    (row) =>
      row.email === email.toLowerCase() ||
      (row.agreement_number !== null &&
        numbers.includes(normaliseAgreementNumber(row.agreement_number))),
  );
}
