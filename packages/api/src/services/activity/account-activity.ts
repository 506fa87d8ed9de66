import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Context, SessionInfo } from '../../trpc/context.js';
import { describeAuditEvent } from '../audit/index.js';
import { describeDevice } from '../sessions/device-description.js';

type SignedInContext = Context & { session: SessionInfo };

export interface ActivityItem {
  id: string;
  at: string;
  event: string;
  description: string;
  /** Sign-in attempts: whether this one succeeded; null for other events. */
  success: boolean | null;
  ip: string | null;
  device: string | null;
}

export interface ActivityPage {
  items: ActivityItem[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

const SIGN_IN_OUTCOME: Readonly<Record<string, boolean>> = {
  'signin.succeeded': true,
  'signin.failed': false,
  'signin.mfa_failed': false,
};

/** Sign-ins and security events on the customer's own account, newest first, a page at a time. */
export function listActivity(
  ctx: SignedInContext,
  input: { cursor?: string | undefined; limit: number },
): Promise<ActivityPage> {
  return accountActivity(ctx.deps.db, ctx.session.accountId, input);
}

/** Sign-ins and security events on an account, newest first (the customer's page and staff's view). */
export async function accountActivity(
  db: Kysely<Database>,
  accountId: string,
  input: { cursor?: string | undefined; limit: number },
): Promise<ActivityPage> {
  let query = db
    .selectFrom('audit_events')
    .select(['seq', 'id', 'at', 'event', 'ip', 'user_agent'])
    .where('account_id', '=', accountId)
    .orderBy('seq', 'desc')
    .limit(input.limit + 1);
  if (input.cursor !== undefined) query = query.where('seq', '<', Number(input.cursor));
  const rows = await query.execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      at: row.at,
      event: row.event,
      description: describeAuditEvent(row.event),
      success: SIGN_IN_OUTCOME[row.event] ?? null,
      ip: row.ip,
      device: row.user_agent === null ? null : describeDevice(row.user_agent),
    })),
    nextCursor: rows.length > input.limit && last !== undefined ? String(last.seq) : null,
  };
}
