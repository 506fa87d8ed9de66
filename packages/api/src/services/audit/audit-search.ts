import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { normaliseUsername } from '../accounts/username.js';
import { AUDIT_EVENT_DESCRIPTIONS } from './audit-events.js';
import { STAFF_AUDIT_EVENT_DESCRIPTIONS } from './staff-audit-events.js';

/** Every event name the system records, with the staff console's wording. */
export const ALL_AUDIT_EVENT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...AUDIT_EVENT_DESCRIPTIONS,
  ...STAFF_AUDIT_EVENT_DESCRIPTIONS,
};

export interface AuditFilter {
  /** A staff username, or any actor id (a staff member's or a customer account's). */
  actor?: string | undefined;
  customerId?: string | undefined;
  event?: string | undefined;
  /** First and last day, inclusive, as UTC calendar dates. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditEntry {
  seq: number;
  at: string;
  event: string;
  description: string;
  actorType: string;
  actorId: string | null;
  /** The staff member's display name when the actor is staff. */
  actorName: string | null;
  customerId: string | null;
  accountId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}

/** A staff username names that member; anything else is taken as an actor id as it is. */
async function actorIdOf(db: Kysely<Database>, actor: string): Promise<string> {
  const staff = await db
    .selectFrom('staff')
    .select('id')
    .where('username_normalised', '=', normaliseUsername(actor))
    .executeTakeFirst();
  return staff?.id ?? actor.trim();
}

function parseDetails(text: string | null): Record<string, unknown> {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Audit events matching every given filter, newest first, `limit` at a time after the `before`
 * cursor (a sequence number: stable while new events keep arriving, unlike page numbers).
 */
export async function searchAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { before?: number | undefined; limit: number },
): Promise<AuditEntry[]> {
  const actorId = filter.actor === undefined ? undefined : await actorIdOf(db, filter.actor);
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('staff', (join) =>
      join
        .onRef('staff.id', '=', 'audit_events.actor_id')
        .on('audit_events.actor_type', '=', 'staff'),
    )
    .select([
      'audit_events.seq',
      'audit_events.at',
      'audit_events.event',
      'audit_events.actor_type',
      'audit_events.actor_id',
      'staff.display_name as actor_name',
      'audit_events.customer_id',
      'audit_events.account_id',
      'audit_events.ip',
      'audit_events.details',
    ])
    .$if(actorId !== undefined, (q) => q.where('audit_events.actor_id', '=', actorId ?? ''))
    .$if(filter.customerId !== undefined, (q) =>
      q.where('audit_events.customer_id', '=', filter.customerId ?? ''),
    )
    .$if(filter.event !== undefined, (q) => q.where('audit_events.event', '=', filter.event ?? ''))
    .$if(filter.from !== undefined, (q) =>
      q.where('audit_events.at', '>=', `${filter.from ?? ''}T00:00:00.000Z`),
    )
    .$if(filter.to !== undefined, (q) => q.where('audit_events.at', '<', nextDay(filter.to ?? '')))
    .$if(page.before !== undefined, (q) => q.where('audit_events.seq', '<', page.before ?? 0))
    .orderBy('audit_events.seq', 'desc')
    .limit(page.limit)
    .execute();
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    event: row.event,
    description: ALL_AUDIT_EVENT_DESCRIPTIONS[row.event] ?? row.event,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorName: row.actor_name,
    customerId: row.customer_id,
    accountId: row.account_id,
    ip: row.ip,
    details: parseDetails(row.details),
  }));
}
