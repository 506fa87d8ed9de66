import type { ContactChannel, ContactDirection } from '@marque/schemas';
import { TRPCError } from '@trpc/server';
import type { AppDeps } from '../../deps.js';
import type { RequestInfo } from '../../http/request-info.js';
import { auditStaffAction, type StaffActor } from '../audit/staff-audit.js';
import { instant } from '../time/instant.js';

export interface StaffRecordContext {
  deps: Pick<AppDeps, 'db' | 'clock'>;
  req: RequestInfo;
  staff: StaffActor;
}

export interface ContactLogInput {
  customerId: string;
  channel: ContactChannel;
  direction: ContactDirection;
  occurredAt: string;
  summary: string;
  followUpOn?: string | undefined;
}

/** A call's clock and the server's may disagree by a little; more than this is a typing mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function customerNotFound(): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that customer.' });
}

function badInput(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message });
}

/**
 * Logs a phone call or letter on a customer's record, for the contact timeline; audited. It must
 * have happened already, and a follow-up cannot be due before it happened.
 */
export async function logContact(
  ctx: StaffRecordContext,
  input: ContactLogInput,
): Promise<{ entryId: string }> {
  const customer = await ctx.deps.db
    .selectFrom('customers')
    .select('id')
    .where('id', '=', input.customerId)
    .executeTakeFirst();
  if (customer === undefined) throw customerNotFound();
  const now = ctx.deps.clock();
  const occurredAt = new Date(input.occurredAt);
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badInput('The call or letter cannot be in the future.');
  }
  const occurred = instant(occurredAt);
  if (input.followUpOn !== undefined && input.followUpOn < occurred.slice(0, 10)) {
    throw badInput('The follow-up date cannot be before the call or letter.');
  }
  const entryId = crypto.randomUUID();
  await ctx.deps.db
    .insertInto('contact_log_entries')
    .values({
      id: entryId,
      customer_id: input.customerId,
      staff_id: ctx.staff.id,
      channel: input.channel,
      direction: input.direction,
      occurred_at: occurred,
      summary: input.summary,
      follow_up_on: input.followUpOn ?? null,
      created_at: instant(now),
    })
    .execute();
  await auditStaffAction(ctx, {
    event: 'contact.logged',
    customerId: input.customerId,
    details: { entryId, channel: input.channel, direction: input.direction },
  });
  return { entryId };
}
